package com.ks.platform.privacy;

import com.ks.platform.KaribuTest;
import com.ks.platform.catalog.TestCatalog;
import com.ks.platform.engagement.FavouriteService;
import com.ks.platform.identity.AccountQueries;
import com.ks.platform.identity.AccountService;
import com.ks.platform.identity.AddressForm;
import com.ks.platform.identity.AddressService;
import com.ks.platform.identity.RegisterShopper;
import com.ks.platform.ordering.CheckoutOrigin;
import com.ks.platform.ordering.DeliveryOption;
import com.ks.platform.ordering.OrderingService;
import com.ks.platform.ordering.PaymentMethod;
import com.ks.platform.ordering.PlaceOrder;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** A shopper of each test's own with data in several modules, each value unique so a raw scan can look for it. */
abstract class PrivacyTestSupport extends KaribuTest {

    @Autowired
    AccountService accounts;

    @Autowired
    AccountQueries accountQueries;

    @Autowired
    AddressService addresses;

    @Autowired
    FavouriteService favourites;

    @Autowired
    OrderingService ordering;

    @Autowired
    TestCatalog testCatalog;

    @Autowired
    DSLContext db;

    /** What identifies one test person: each value occurs nowhere else in the database. */
    record Person(
            String email,
            String name,
            String recipient,
            String mobile,
            String street,
            UUID accountId,
            UUID addressId) {}

    Person newPerson() {
        String code = UUID.randomUUID().toString().substring(0, 8);
        String email = uniqueEmail("pipl");
        String name = "隐私测试" + code;
        accounts.registerShopper(new RegisterShopper(email, name, "good password 2026", true, true));
        String mobile =
                "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        String recipient = "收件人" + code;
        String street = "幸福路" + code + "号";
        return as(email, () -> {
            UUID addressId = addresses
                    .add(new AddressForm(recipient, mobile, "330000", "330100", "330106", street, true))
                    .id();
            return new Person(
                    email,
                    name,
                    recipient,
                    mobile,
                    street,
                    accountQueries.me().orElseThrow().id(),
                    addressId);
        });
    }

    /** A new product of the demo home shop, placed as an order (awaiting payment) by the person. @return order id */
    UUID placeOrder(Person person) {
        var product = as("home@ks.demo", () -> testCatalog.publish("隐私测试台灯", 10, 5, 9_900));
        var sku = product.skus().getFirst();
        favouriteAs(person, product.id());
        return as(
                person.email(),
                () -> ordering.place(new PlaceOrder(
                                UUID.randomUUID(),
                                CheckoutOrigin.BUY_NOW,
                                List.of(new PlaceOrder.Item(sku.id(), 1, sku.priceFen())),
                                person.addressId(),
                                DeliveryOption.STANDARD,
                                PaymentMethod.ALIPAY))
                        .orderIds()
                        .getFirst());
    }

    void favouriteAs(Person person, UUID productId) {
        as(person.email(), () -> {
            favourites.add(productId);
            return null;
        });
    }

    @Override
    protected <T> T as(String email, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        try {
            actAs(email);
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
