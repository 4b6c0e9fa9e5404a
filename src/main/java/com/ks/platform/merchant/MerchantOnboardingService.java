package com.ks.platform.merchant;

import com.ks.platform.identity.AccountService;
import com.ks.platform.identity.NewAccount;
import com.ks.platform.identity.Role;
import com.ks.platform.shared.AuditTrail;
import com.ks.platform.shared.Ids;
import com.ks.platform.shared.RuleViolated;
import java.time.Clock;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A company signs up to sell: its owner account and its merchant, waiting for qualification review. */
@Service
public class MerchantOnboardingService {

    private static final Pattern MOBILE = Pattern.compile("^1[3-9]\\d{9}$");
    private static final Pattern LANDLINE = Pattern.compile("^0\\d{2,3}-?\\d{7,8}$");

    private final MerchantRepository merchants;
    private final AccountService accounts;
    private final AuditTrail audit;
    private final Clock clock;

    MerchantOnboardingService(MerchantRepository merchants, AccountService accounts, AuditTrail audit, Clock clock) {
        this.merchants = merchants;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Creates the owner's account (role MERCHANT) and the merchant in DRAFT, in one transaction: if any field is wrong
     * nothing is stored. Review starts when the owner has filed the documents and submits them
     * ({@link MerchantDocumentService#submitForReview()}); it cannot sell until a compliance officer approves it.
     */
    @Transactional
    @PreAuthorize("permitAll()")
    public UUID signUp(MerchantSignUp signUp) {
        Map<String, String> errors = validate(signUp);
        UUID ownerId;
        try {
            ownerId = accounts.createForSignUp(new NewAccount(
                    signUp.email(),
                    signUp.contactName(),
                    signUp.password(),
                    EnumSet.of(Role.MERCHANT),
                    signUp.acceptPrivacyPolicy()));
        } catch (RuleViolated accountErrors) {
            errors.putAll(accountErrors.fieldErrors());
            throw new RuleViolated(errors);
        }
        if (!errors.isEmpty()) {
            throw new RuleViolated(errors);
        }
        UUID merchantId = Ids.newId(clock);
        merchants.insert(merchantId, ownerId, signUp, MerchantStatus.DRAFT, clock.instant());
        audit.record("merchant.signedUp", "merchant", merchantId.toString(), null);
        return merchantId;
    }

    private Map<String, String> validate(MerchantSignUp signUp) {
        Map<String, String> errors = new LinkedHashMap<>();
        requireText(errors, "storeName", signUp.storeName(), 2, 60);
        requireText(errors, "companyName", signUp.companyName(), 4, 120);
        requireText(errors, "legalRepresentative", signUp.legalRepresentative(), 2, 60);
        if (!errors.containsKey("storeName") && merchants.storeNameExists(signUp.storeName())) {
            errors.put("storeName", "error.storeName.taken");
        }
        if (signUp.creditCode() == null || signUp.creditCode().isBlank()) {
            errors.put("creditCode", "error.required");
        } else if (!CreditCode.isValid(signUp.creditCode())) {
            errors.put("creditCode", "error.creditCode.invalid");
        }
        String phone =
                signUp.contactPhone() == null ? "" : signUp.contactPhone().strip();
        if (phone.isEmpty()) {
            errors.put("contactPhone", "error.required");
        } else if (!MOBILE.matcher(phone).matches() && !LANDLINE.matcher(phone).matches()) {
            errors.put("contactPhone", "error.phone.invalid");
        }
        if (signUp.businessCategory() == null) {
            errors.put("businessCategory", "error.required");
        }
        return errors;
    }

    private static void requireText(Map<String, String> errors, String field, String value, int min, int max) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            errors.put(field, "error.required");
        } else if (text.length() < min || text.length() > max || text.chars().anyMatch(Character::isISOControl)) {
            errors.put(field, "error.length");
        }
    }
}
