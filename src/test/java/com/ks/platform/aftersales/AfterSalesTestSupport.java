package com.ks.platform.aftersales;

import static org.assertj.core.api.Assertions.assertThat;

import com.ks.platform.KaribuTest;
import com.ks.platform.aftersales.TestPurchases.Purchase;
import com.ks.platform.catalog.CatalogQueries;
import com.ks.platform.catalog.ProductDetails;
import com.ks.platform.catalog.ProductService;
import com.ks.platform.catalog.ReturnExclusion;
import com.ks.platform.catalog.TestCatalog;
import com.ks.platform.identity.AccountService;
import com.ks.platform.identity.AddressService;
import com.ks.platform.ordering.OrderFulfilment;
import com.ks.platform.ordering.OrderQueries;
import com.ks.platform.ordering.OrderingService;
import com.ks.platform.payment.PaymentService;
import com.ks.platform.payment.SandboxDemoPayments;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Shops, shoppers and orders of each test's own, paid through the sandbox provider so refunds are real. */
abstract class AfterSalesTestSupport extends KaribuTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    AccountService accounts;

    @Autowired
    AddressService addresses;

    @Autowired
    com.ks.platform.identity.AddressQueries addressQueries;

    @Autowired
    ProductService products;

    @Autowired
    CatalogQueries catalog;

    @Autowired
    TestCatalog testCatalog;

    @Autowired
    OrderingService ordering;

    @Autowired
    OrderQueries orders;

    @Autowired
    OrderFulfilment fulfilment;

    @Autowired
    SandboxDemoPayments sandboxPayments;

    @Autowired
    PaymentService payments;

    @Autowired
    AfterSalesService service;

    @Autowired
    AfterSalesQueries queries;

    @Autowired
    AfterSalesRefunds refunds;

    @Autowired
    AfterSalesDeadlines deadlines;

    private TestPurchases purchases;

    @org.junit.jupiter.api.BeforeEach
    void purchases() {
        purchases = new TestPurchases(context, this::actAs);
    }

    String newShop() {
        return purchases.newShop();
    }

    String newShopper() {
        return purchases.newShopper();
    }

    ProductDetails product(String shop, long priceFen, ReturnExclusion exclusion) {
        return purchases.product(shop, priceFen, exclusion);
    }

    Purchase paid(int quantity, ReturnExclusion exclusion) {
        return purchases.paid(quantity, exclusion);
    }

    Purchase shipped(int quantity, ReturnExclusion exclusion) {
        return purchases.shipped(quantity, exclusion);
    }

    Purchase delivered(int quantity, ReturnExclusion exclusion) {
        return purchases.delivered(quantity, exclusion);
    }

    Purchase delivered(int quantity) {
        return delivered(quantity, null);
    }

    UUID apply(Purchase purchase, CaseReason reason, int quantity) {
        return as(
                purchase.shopper(),
                () -> service.apply(
                        new ApplyCase(purchase.orderId(), purchase.line().id(), reason, "测试", quantity)));
    }

    CaseDetails caseOf(Purchase purchase, UUID caseId) {
        return as(purchase.shopper(), () -> queries.myCase(caseId));
    }

    CaseState stateOf(Purchase purchase, UUID caseId) {
        return caseOf(purchase, caseId).state();
    }

    /** Waits for the refund carried out after commit (the listener runs on its own thread). */
    void awaitState(Purchase purchase, UUID caseId, CaseState expected) throws InterruptedException {
        for (int i = 0; i < 100 && stateOf(purchase, caseId) != expected; i++) {
            Thread.sleep(100);
        }
        assertThat(stateOf(purchase, caseId)).isEqualTo(expected);
    }

    static String trackingNo() {
        return TestPurchases.trackingNo();
    }

    int stockOf(ProductDetails product) {
        return testCatalog.stockOf(product.skus().getFirst().id());
    }

    @Override
    protected <T> T as(String email, Supplier<T> action) {
        return purchases.as(email, action);
    }

    /** The view the UI shows now (Karibu). */
    static Object view() {
        return com.vaadin
                .flow
                .component
                .UI
                .getCurrent()
                .getInternals()
                .getActiveRouterTargetsChain()
                .getFirst();
    }

    /** All the text of the view the UI shows now, as a person reads it. */
    static String pageText() {
        return ((com.vaadin.flow.component.Component) view()).getElement().getTextRecursively();
    }
}
