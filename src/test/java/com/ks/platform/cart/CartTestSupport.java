package com.ks.platform.cart;

import com.ks.platform.KaribuTest;
import com.ks.platform.catalog.ProductDetails;
import com.ks.platform.catalog.TestCatalog;
import com.ks.platform.identity.AccountService;
import com.ks.platform.identity.RegisterShopper;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** Shoppers and products of their own for each test; products come from the approved demo shops. */
abstract class CartTestSupport extends KaribuTest {

    static final String DIGITAL_SHOP = "merchant@ks.demo";
    static final String HOME_SHOP = "home@ks.demo";

    @Autowired
    TestCatalog catalog;

    @Autowired
    AccountService accounts;

    @Autowired
    CartService cart;

    @Autowired
    CartQueries queries;

    /** A new shopper (personalisation consent on), not signed in. */
    String newShopper() {
        String email = uniqueEmail("cart");
        accounts.registerShopper(new RegisterShopper(email, "买家", "good password 2026", true, true));
        return email;
    }

    /** A product of the given demo shop; the security context is cleared afterwards. */
    ProductDetails product(String shop, String title, int perOrderLimit, int stock, long... prices) {
        actAs(shop);
        try {
            return catalog.publish(title, perOrderLimit, stock, prices);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    void unpublish(String shop, ProductDetails product) {
        actAs(shop);
        try {
            catalog.unpublish(product.id());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
