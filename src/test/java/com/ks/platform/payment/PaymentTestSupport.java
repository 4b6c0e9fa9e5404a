package com.ks.platform.payment;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.ks.platform.KaribuTest;
import com.ks.platform.catalog.ProductDetails;
import com.ks.platform.catalog.TestCatalog;
import com.ks.platform.identity.AccountService;
import com.ks.platform.identity.AddressForm;
import com.ks.platform.identity.AddressQueries;
import com.ks.platform.identity.AddressService;
import com.ks.platform.identity.ExternalLoginService;
import com.ks.platform.identity.RegisterShopper;
import com.ks.platform.ordering.CheckoutOrigin;
import com.ks.platform.ordering.DeliveryOption;
import com.ks.platform.ordering.OrderQueries;
import com.ks.platform.ordering.OrderStatus;
import com.ks.platform.ordering.OrderingService;
import com.ks.platform.ordering.PaymentMethod;
import com.ks.platform.ordering.PlaceOrder;
import com.ks.platform.ordering.PlacedCheckout;
import com.ks.platform.payment.sandbox.SandboxGateway;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/** Shoppers, orders and payments of each test's own, and signed notifications over real HTTP. */
public abstract class PaymentTestSupport extends KaribuTest {

    static final String SHOP = "home@ks.demo";
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    TestCatalog catalog;

    @Autowired
    AccountService accounts;

    @Autowired
    AddressService addresses;

    @Autowired
    AddressQueries addressQueries;

    @Autowired
    OrderingService ordering;

    @Autowired
    OrderQueries orders;

    @Autowired
    PaymentService payments;

    @Autowired
    PaymentQueries paymentQueries;

    @Autowired
    SandboxGateway sandbox;

    @Autowired
    PaymentRepository repository;

    @Autowired
    PaymentReconciliation reconciliation;

    @Autowired
    Ledger ledger;

    @Autowired
    com.ks.platform.ordering.DevPayments devPayments;

    @Autowired
    ExternalLoginService externalLogins;

    record ApiShopper(String email, String token) {}

    /** A new shopper linked to the test OIDC provider, with a bearer token for the API. */
    ApiShopper apiShopper() {
        String email = newShopper();
        String subject = "api-pay-" + UUID.randomUUID();
        Instant now = Instant.now();
        externalLogins.signIn(new DefaultOidcUser(
                List.of(),
                new OidcIdToken(
                        "id-token",
                        now,
                        now.plusSeconds(600),
                        Map.of("iss", issuer(), "sub", subject, "email", email, "email_verified", true))));
        String token = apiToken(subject);
        return new ApiShopper(email, token);
    }

    /** POST /api/v1/payments as the API shopper (in Chinese), with extra headers as name, value, … */
    HttpResponse<String> postPayment(ApiShopper shopper, String json, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/payments"))
                .header("Authorization", "Bearer " + shopper.token())
                .header("Content-Type", "application/json")
                .header("Accept-Language", "zh-CN")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A new shopper with a default address, not signed in. */
    protected String newShopper() {
        String email = uniqueEmail("payer");
        accounts.registerShopper(new RegisterShopper(email, "付款买家", "good password 2026", true, true));
        as(
                email,
                () -> addresses.add(
                        new AddressForm("李四", "13912345678", "330000", "330100", "330106", "文三路 200 号", true)));
        return email;
    }

    /** A new shopper with one paid order (¥129): a young account with history gets the starter credit limit. */
    protected String shopperWithHistory() {
        String shopper = newShopper();
        PlacedCheckout first = place(shopper, product("先用后付 前一单", 12_900), 1);
        as(shopper, () -> {
            devPayments.payMyCheckout(first.checkoutId(), PaymentMethod.ALIPAY);
            return null;
        });
        return shopper;
    }

    /** The text of the view now shown. */
    protected static String pageText() {
        return com.vaadin
                .flow
                .component
                .UI
                .getCurrent()
                .getInternals()
                .getActiveRouterTargetsChain()
                .getFirst()
                .getElement()
                .getTextRecursively();
    }

    protected ProductDetails product(String title, long priceFen) {
        return as(SHOP, () -> catalog.publish(title, 10, 50, priceFen));
    }

    /** A one-line order of the product placed by the shopper (free shipping over ¥99). */
    protected PlacedCheckout place(String shopper, ProductDetails product, int quantity) {
        var sku = product.skus().getFirst();
        return as(
                shopper,
                () -> ordering.place(new PlaceOrder(
                        UUID.randomUUID(),
                        CheckoutOrigin.BUY_NOW,
                        List.of(new PlaceOrder.Item(sku.id(), quantity, sku.priceFen())),
                        addressQueries.mine().getFirst().id(),
                        DeliveryOption.STANDARD,
                        PaymentMethod.ALIPAY)));
    }

    /** The shopper signed in on the cashier page of a new one-product order at this price, the method chosen. */
    PlacedCheckout onCashier(String shopper, String title, long priceFen, PaymentMethod method) {
        PlacedCheckout placed = place(shopper, product(title, priceFen), 1);
        signInAs(shopper);
        navigate("pay/" + placed.checkoutId());
        // the checkout's own choice is shown first; 更换 offers the others
        com.github.mvysny.kaributesting.v10.LocatorJ._find(Button.class, spec -> spec.withText("更换"))
                .forEach(com.github.mvysny.kaributesting.v10.LocatorJ::_click);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<PaymentMethod> methods = _get(RadioButtonGroup.class);
        _setValue(methods, method);
        return placed;
    }

    static void click(String text) {
        _click(_get(Button.class, spec -> spec.withText(text)));
    }

    static String location() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }

    PaymentDetails start(String shopper, UUID checkoutId, PaymentMethod method) {
        return as(shopper, () -> payments.start(checkoutId, method));
    }

    protected static String chargeOf(PaymentDetails payment) {
        return payment.hostedPageUrl().substring("sandbox-pay/".length());
    }

    PaymentStatus statusOf(UUID paymentId) {
        return PaymentStatus.valueOf(repository.find(paymentId).orElseThrow().getStatus());
    }

    OrderStatus orderStatus(String shopper, UUID orderId) {
        return as(shopper, () -> orders.myOrder(orderId).status());
    }

    /** Waits for the sandbox's asynchronous notification to land. */
    void awaitStatus(UUID paymentId, PaymentStatus expected) throws InterruptedException {
        for (int i = 0; i < 100 && statusOf(paymentId) != expected; i++) {
            Thread.sleep(100);
        }
        assertThat(statusOf(paymentId)).isEqualTo(expected);
    }

    protected HttpResponse<String> notify(String provider, String signature, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(baseUrl() + "/api/v1/payments/notify/" + provider))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (signature != null) {
            request.header("Ks-Signature", signature);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    protected <T> T as(String email, Supplier<T> action) {
        var previous = SecurityContextHolder.getContext();
        actAs(email);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
