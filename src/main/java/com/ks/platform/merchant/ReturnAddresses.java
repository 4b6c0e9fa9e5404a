package com.ks.platform.merchant;

import static com.ks.jooq.Tables.MERCHANT_PROFILE;

import com.ks.platform.identity.Roles;
import com.ks.platform.shared.ModuleHook;
import com.ks.platform.shared.RuleViolated;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The address a merchant's returned goods go to, kept in the portal by the owner or staff with AFTER_SALES. */
@Service
public class ReturnAddresses {

    public static final int MAX_LENGTH = 300;

    private final DSLContext db;
    private final MerchantAccess access;

    ReturnAddresses(DSLContext db, MerchantAccess access) {
        this.db = db;
        this.access = access;
    }

    @PreAuthorize(Roles.IS_MERCHANT)
    @Transactional(readOnly = true)
    public Optional<String> mine() {
        return of(access.require(StaffPermission.AFTER_SALES).id());
    }

    @PreAuthorize(Roles.IS_MERCHANT)
    @Transactional
    public void setMine(String address) {
        String clean = address == null ? "" : address.strip();
        if (clean.isEmpty() || clean.length() > MAX_LENGTH) {
            throw new RuleViolated(Map.of("returnAddress", "error.merchant.returnAddress"));
        }
        db.update(MERCHANT_PROFILE)
                .set(MERCHANT_PROFILE.RETURN_ADDRESS, clean)
                .where(MERCHANT_PROFILE.ID.eq(
                        access.require(StaffPermission.AFTER_SALES).id()))
                .execute();
    }

    /** For automatic steps (a deadline approving a return on the merchant's behalf): no signed-in person needed. */
    @Transactional(readOnly = true)
    @ModuleHook
    public Optional<String> of(UUID merchantId) {
        return db.select(MERCHANT_PROFILE.RETURN_ADDRESS)
                .from(MERCHANT_PROFILE)
                .where(MERCHANT_PROFILE.ID.eq(merchantId))
                .fetchOptional(MERCHANT_PROFILE.RETURN_ADDRESS);
    }
}
