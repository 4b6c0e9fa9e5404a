package com.ks.platform.ordering.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.ks.platform.KaribuTest;
import com.ks.platform.catalog.ProductDetails;
import com.ks.platform.catalog.TestCatalog;
import com.ks.platform.identity.AccountService;
import com.ks.platform.identity.AddressForm;
import com.ks.platform.identity.AddressService;
import com.ks.platform.identity.RegisterShopper;
import com.ks.platform.ordering.CheckoutOrigin;
import com.ks.platform.ordering.DeliveryOption;
import com.ks.platform.ordering.OrderPayments;
import com.ks.platform.ordering.OrderingService;
import com.ks.platform.ordering.PaymentMethod;
import com.ks.platform.ordering.PlaceOrder;
import com.ks.platform.ordering.PlacedCheckout;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** Shoppers with addresses, products of the demo shops, and orders placed through the services, for view tests. */
abstract class OrderingViewTestSupport extends KaribuTest {

    static final String DIGITAL_SHOP = "merchant@ks.demo";
    static final String HOME_SHOP = "home@ks.demo";

    @Autowired
    TestCatalog catalog;

    @Autowired
    AccountService accounts;

    @Autowired
    AddressService addresses;

    @Autowired
    OrderingService ordering;

    @Autowired
    OrderPayments payments;

    /** A new shopper, not signed in afterwards; with a default address in 杭州 when asked. */
    String newShopper(boolean withAddress) {
        String email = uniqueEmail("order-view");
        accounts.registerShopper(new RegisterShopper(email, "下单买家", "good password 2026", true, true));
        if (withAddress) {
            actAs(email);
            addresses.add(
                    new AddressForm("张三", "13912345678", "330000", "330100", "330106", "文三路 100 号 2 幢 301 室", true));
            SecurityContextHolder.clearContext();
        }
        return email;
    }

    ProductDetails product(String shop, String title, int stock, long priceFen) {
        actAs(shop);
        try {
            return catalog.publish(title, 10, stock, priceFen);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Places a one-line order as the shopper (who must be the current actor) at the product's price. */
    PlacedCheckout placeAsCurrentShopper(ProductDetails product, int quantity) {
        var sku = product.skus().getFirst();
        UUID address = addressesOfCurrent().getFirst();
        return ordering.place(new PlaceOrder(
                UUID.randomUUID(),
                CheckoutOrigin.BUY_NOW,
                List.of(new PlaceOrder.Item(sku.id(), quantity, sku.priceFen())),
                address,
                DeliveryOption.STANDARD,
                PaymentMethod.ALIPAY));
    }

    void pay(PlacedCheckout placed) {
        payments.checkoutPaid(
                placed.checkoutId(), PaymentMethod.ALIPAY, "TEST-" + placed.checkoutId(), placed.totalFen());
    }

    @Autowired
    com.ks.platform.identity.AddressQueries addressQueries;

    private List<UUID> addressesOfCurrent() {
        return addressQueries.mine().stream().map(a -> a.id()).toList();
    }

    static void click(String text) {
        com.github.mvysny.kaributesting.v10.LocatorJ._click(_get(Button.class, spec -> spec.withText(text)));
    }

    /** The text of the view on screen (the route target, not the layout around it). */
    static String pageText() {
        return UI.getCurrent()
                .getInternals()
                .getActiveRouterTargetsChain()
                .getFirst()
                .getElement()
                .getTextRecursively();
    }

    /** Picks the payment method (nothing is preselected): the group labelled 支付方式 on the page or in a dialog. */
    @SuppressWarnings("unchecked")
    static RadioButtonGroup<PaymentMethod> choosePayment(PaymentMethod method) {
        RadioButtonGroup<PaymentMethod> methods = _get(RadioButtonGroup.class, spec -> spec.withLabel("支付方式"));
        if (method != null) {
            com.github.mvysny.kaributesting.v10.LocatorJ._setValue(methods, method);
        }
        return methods;
    }

    static String location() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }
}
