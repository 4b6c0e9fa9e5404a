package com.ks.platform;

import com.ks.platform.identity.AccountService;
import com.ks.platform.identity.AddressForm;
import com.ks.platform.identity.AddressService;
import com.ks.platform.identity.RegisterShopper;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** A registered shopper of the test's own, with a default delivery address in Hangzhou, ready to buy. */
public final class TestBuyers {

    public record Buyer(String email, UUID addressId) {}

    private final AccountService accounts;
    private final AddressService addresses;
    private final Consumer<String> actAs;

    public TestBuyers(ApplicationContext context, Consumer<String> actAs) {
        this.accounts = context.getBean(AccountService.class);
        this.addresses = context.getBean(AddressService.class);
        this.actAs = actAs;
    }

    /** @param displayName the account's name, which reviews show masked (李买家 → 李**) */
    public Buyer registered(String emailPrefix, String displayName, String recipient) {
        String email = KsIntegrationTest.uniqueEmail(emailPrefix);
        accounts.registerShopper(new RegisterShopper(email, displayName, "good password 2026", true, false));
        actAs.accept(email);
        try {
            UUID addressId = addresses
                    .add(new AddressForm(recipient, "13800138000", "330000", "330100", "330106", "文三路 90 号", true))
                    .id();
            return new Buyer(email, addressId);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
