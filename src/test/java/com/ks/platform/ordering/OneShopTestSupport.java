package com.ks.platform.ordering;

import com.ks.platform.catalog.ProductDetails;
import org.junit.jupiter.api.BeforeEach;

/** Tests about one shopper's orders from one shop: both new for every test. */
abstract class OneShopTestSupport extends OrderingTestSupport {

    Shop shop;
    ProductDetails book;
    Shopper shopper;

    /** A new shop selling a book at ¥30 with 10 in stock, and a new shopper. */
    @BeforeEach
    void newShopAndShopper() {
        shop = newShop();
        book = product(shop, 3_000, 10);
        shopper = newShopper();
    }
}
