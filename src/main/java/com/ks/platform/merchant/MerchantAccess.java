package com.ks.platform.merchant;

import com.ks.platform.shared.CurrentActor;
import com.ks.platform.shared.NotAllowed;
import java.util.EnumSet;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which merchant the signed-in person acts for and what they may do there: the merchant they own, or the one whose
 * active staff they are. Read from the database on every call (never kept in the session), so a removed staff member
 * or a narrowed permission takes effect on the next request. Every merchant-scoped service starts here.
 */
@Service
@Transactional(readOnly = true)
public class MerchantAccess {

    private final MerchantRepository merchants;
    private final StaffRepository staff;

    MerchantAccess(MerchantRepository merchants, StaffRepository staff) {
        this.merchants = merchants;
        this.staff = staff;
    }

    /** The signed-in person's merchant and role in it, if they own one or are active staff of one. */
    @PreAuthorize("permitAll()")
    public Optional<MerchantActor> current() {
        return CurrentActor.get().flatMap(actor -> of(actor.accountId()));
    }

    Optional<MerchantActor> of(UUID accountId) {
        Optional<MerchantSummary> owned = merchants.findByOwner(accountId);
        if (owned.isPresent()) {
            return Optional.of(new MerchantActor(owned.get(), true, EnumSet.allOf(StaffPermission.class)));
        }
        return staff.activeMembership(accountId)
                .flatMap(membership -> merchants
                        .findById(membership.merchantId())
                        .map(merchant -> new MerchantActor(merchant, false, membership.permissions())));
    }

    /** The signed-in person's merchant if they own it or hold {@code permission} there; NotAllowed otherwise. */
    @PreAuthorize("permitAll()")
    public MerchantSummary require(StaffPermission permission) {
        MerchantActor actor = current().orElseThrow(() -> new NotAllowed("error.merchant.none"));
        if (!actor.may(permission)) {
            throw new NotAllowed("error.merchant.permission");
        }
        return actor.merchant();
    }

    /** The merchant the signed-in person owns; staff are refused (documents, staff, settlement are the owner's). */
    @PreAuthorize("permitAll()")
    public MerchantSummary requireOwner() {
        MerchantActor actor = current().orElseThrow(() -> new NotAllowed("error.merchant.none"));
        if (!actor.owner()) {
            throw new NotAllowed("error.merchant.ownerOnly");
        }
        return actor.merchant();
    }
}
