package com.ks.platform.identity;

/** A fresh shopper per test, so no test depends on another's addresses or on demo data. */
final class TestShoppers {

    private TestShoppers() {}

    static String register(AccountService accounts, String email) {
        accounts.registerShopper(new RegisterShopper(email, "收货人", "good password 2026", true, true));
        return email;
    }
}
