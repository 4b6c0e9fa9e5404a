package com.ks.platform.identity;

import com.ks.platform.shared.CurrentActor;
import com.ks.platform.shared.Ids;
import com.ks.platform.shared.NotFound;
import com.ks.platform.shared.RuleViolated;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A shopper keeps their own address book (收货地址). While any address exists exactly one is the default: the first
 * becomes it, a new default replaces the old one in the same transaction, and deleting the default promotes the most
 * recently updated remaining address. Each change locks the shopper's account row, so two tabs cannot both add a
 * twenty-first address or leave two defaults.
 */
@Service
@Transactional
@PreAuthorize(Roles.IS_SHOPPER)
public class AddressService {

    public static final int MAX_ADDRESSES = 20;
    static final int MAX_RECIPIENT = 20;
    static final int MIN_DETAIL = 5;
    static final int MAX_DETAIL = 120;

    private static final Pattern MOBILE = Pattern.compile("^1[3-9]\\d{9}$");
    /** What people type between digit groups: spaces (also full-width) and dashes. */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u3000\\-‐–—－]");

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final AddressRepository addresses;
    private final Regions regions;
    private final Clock clock;

    AddressService(AddressRepository addresses, Regions regions, Clock clock) {
        this.addresses = addresses;
        this.regions = regions;
        this.clock = clock;
    }

    public AddressDetails add(AddressForm form) {
        UUID accountId = CurrentActor.requireAccountId();
        ValidAddress address = validOrThrow(form);
        addresses.lockOwner(accountId);
        int existing = addresses.count(accountId);
        if (existing >= MAX_ADDRESSES) {
            throw new RuleViolated("address.error.tooMany", MAX_ADDRESSES);
        }
        UUID id = Ids.newId(clock);
        Instant now = clock.instant();
        addresses.insert(id, accountId, address, false, now);
        if (existing == 0 || form.makeDefault()) {
            addresses.setDefault(accountId, id);
        }
        return addresses.find(accountId, id).orElseThrow();
    }

    /**
     * Changes an address. Ticking "default" makes it the default; unticking it on the current default changes
     * nothing, since some address must stay the default — the shopper picks another one instead.
     */
    public AddressDetails update(UUID addressId, AddressForm form) {
        UUID accountId = CurrentActor.requireAccountId();
        ValidAddress address = validOrThrow(form);
        addresses.lockOwner(accountId);
        requireMine(accountId, addressId);
        addresses.update(accountId, addressId, address, clock.instant());
        if (form.makeDefault()) {
            addresses.setDefault(accountId, addressId);
        }
        return addresses.find(accountId, addressId).orElseThrow();
    }

    public void delete(UUID addressId) {
        UUID accountId = CurrentActor.requireAccountId();
        addresses.lockOwner(accountId);
        AddressDetails address = requireMine(accountId, addressId);
        addresses.delete(accountId, addressId);
        if (address.isDefault()) {
            addresses.mostRecentlyUpdated(accountId).ifPresent(next -> addresses.setDefault(accountId, next));
        }
    }

    public void makeDefault(UUID addressId) {
        UUID accountId = CurrentActor.requireAccountId();
        addresses.lockOwner(accountId);
        requireMine(accountId, addressId);
        addresses.setDefault(accountId, addressId);
    }

    /**
     * The rules an address must meet (field → message key), checked without writing: the dialog asks when a field
     * loses focus, and {@link #add}/{@link #update} ask again before they store.
     */
    @Transactional(readOnly = true)
    public Map<String, String> check(AddressForm form) {
        Map<String, String> errors = new LinkedHashMap<>();
        String recipient = strip(form.recipient());
        if (recipient.isEmpty()) {
            errors.put("recipient", "address.error.recipientRequired");
        } else if (recipient.codePointCount(0, recipient.length()) > MAX_RECIPIENT || hasControl(recipient)) {
            errors.put("recipient", "address.error.recipient");
        }
        String mobile = normaliseMobile(form.mobile());
        if (mobile.isEmpty()) {
            errors.put("mobile", "address.error.mobileRequired");
        } else if (!MOBILE.matcher(mobile).matches()) {
            errors.put("mobile", "address.error.mobile");
        }
        checkRegion(form, errors);
        String detail = strip(form.detail());
        int detailLength = detail.codePointCount(0, detail.length());
        if (detailLength < MIN_DETAIL || detailLength > MAX_DETAIL || hasControl(detail)) {
            errors.put("detail", "address.error.detail");
        }
        return errors;
    }

    /** The first broken link of the chain gets the message, so the person knows which box to fix. */
    private void checkRegion(AddressForm form, Map<String, String> errors) {
        if (regions.isValidChain(form.provinceCode(), form.cityCode(), form.districtCode())) {
            return;
        }
        boolean provinceOk = regions.provinces().stream().anyMatch(p -> p.code().equals(form.provinceCode()));
        boolean cityOk = provinceOk
                && regions.children(form.provinceCode()).stream()
                        .anyMatch(c -> c.code().equals(form.cityCode()));
        String field = !provinceOk ? "provinceCode" : !cityOk ? "cityCode" : "districtCode";
        errors.put(field, "address.error.region");
    }

    private ValidAddress validOrThrow(AddressForm form) {
        if (form == null) {
            throw new RuleViolated("error.validation");
        }
        Map<String, String> errors = check(form);
        if (!errors.isEmpty()) {
            throw new RuleViolated(errors);
        }
        return new ValidAddress(
                strip(form.recipient()),
                normaliseMobile(form.mobile()),
                form.provinceCode(),
                form.cityCode(),
                form.districtCode(),
                strip(form.detail()));
    }

    private AddressDetails requireMine(UUID accountId, UUID addressId) {
        if (addressId == null) {
            throw new NotFound("address.error.notFound");
        }
        return addresses.find(accountId, addressId).orElseThrow(() -> new NotFound("address.error.notFound"));
    }

    /** "138 0013-8000" and "+86 138…" are the same number as 13800138000. */
    static String normaliseMobile(String typed) {
        String digits = typed == null ? "" : SEPARATORS.matcher(typed).replaceAll("");
        return digits.startsWith("+86") ? digits.substring(3) : digits;
    }

    /** Trimmed, with line breaks and runs of spaces (a pasted address) made one space. */
    private static String strip(String text) {
        return text == null ? "" : WHITESPACE.matcher(text.strip()).replaceAll(" ");
    }

    private static boolean hasControl(String text) {
        return text.chars().anyMatch(Character::isISOControl);
    }
}
