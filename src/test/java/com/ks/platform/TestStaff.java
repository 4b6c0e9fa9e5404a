package com.ks.platform;

import com.ks.platform.identity.AccountService;
import com.ks.platform.identity.RegisterShopper;
import com.ks.platform.merchant.MerchantStaffService;
import com.ks.platform.merchant.StaffPermission;
import java.util.EnumSet;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Staff members of a test's own shop: a new shopper the owner invites and who accepts, as on the staff pages. */
public final class TestStaff {

    public static final String PASSWORD = "good password 2026";

    private final AccountService accounts;
    private final MerchantStaffService staff;
    private final Consumer<String> actAs;

    public TestStaff(ApplicationContext context, Consumer<String> actAs) {
        this.accounts = context.getBean(AccountService.class);
        this.staff = context.getBean(MerchantStaffService.class);
        this.actAs = actAs;
    }

    /** A new shopper account, not signed in. */
    public String shopper(String prefix) {
        String email = KsIntegrationTest.uniqueEmail(prefix);
        accounts.registerShopper(new RegisterShopper(email, "店员" + prefix, PASSWORD, true, false));
        return email;
    }

    /** A new account that joined the owner's shop with these permissions; leaves no one signed in. */
    public Member join(String ownerEmail, StaffPermission first, StaffPermission... more) {
        String email = shopper("staff");
        try {
            actAs.accept(ownerEmail);
            UUID id = staff.invite(email, EnumSet.of(first, more)).staffId();
            actAs.accept(email);
            staff.accept(id);
            return new Member(id, email);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    public record Member(UUID staffId, String email) {}
}
