package com.ks.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.ks.client.ApiClient;
import com.ks.client.api.AddressesApi;
import com.ks.client.api.CartApi;
import com.ks.client.api.CatalogApi;
import com.ks.client.api.OrdersApi;
import com.ks.client.api.PaymentsApi;
import com.ks.client.model.AddLine;
import com.ks.client.model.AddressForm;
import com.ks.client.model.Category;
import com.ks.client.model.OrderDetails;
import com.ks.client.model.PaymentDetails;
import com.ks.client.model.PlaceRequest;
import com.ks.client.model.SkuView;
import com.ks.client.model.StartRequest;
import com.ks.platform.KsIntegrationTest;
import com.ks.platform.catalog.TestCatalog;
import com.ks.platform.catalog.search.SearchService;
import com.ks.platform.identity.AccountService;
import com.ks.platform.identity.RegisterShopper;
import com.ks.platform.payment.sandbox.SandboxGateway;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A partner's first hour with the client generated from docs/openapi.json (openapi-generator, at test-compile): a
 * shopper's app browses, searches, opens a product, fills the cart, places the order and pays in the sandbox — over
 * HTTP with a real bearer token, only through the generated classes.
 */
class GeneratedClientJourneyTest extends KsIntegrationTest {

    @Autowired
    TestCatalog catalog;

    @Autowired
    SearchService search;

    @Autowired
    AccountService accounts;

    @Autowired
    SandboxGateway sandbox;

    @Test
    void a_shopper_app_built_from_the_published_document_browses_orders_and_pays() throws Exception {
        String word = "生成客户端" + UUID.randomUUID().toString().substring(0, 6);
        actAs("home@ks.demo");
        try {
            catalog.publish(word + "保温杯", 10, 20, 3_900);
        } finally {
            SecurityContextHolder.clearContext();
        }
        search.catchUp();
        String email = uniqueEmail("generated-client");
        accounts.registerShopper(new RegisterShopper(email, "应用买家", "good password 2026", true, true));
        ApiClient client = new ApiClient();
        client.setBasePath(baseUrl());
        client.setAccessToken(apiToken(linkToProvider(email)));
        client.addDefaultHeader("Accept-Language", "zh-CN");

        CatalogApi catalogApi = new CatalogApi(client);
        assertThat(catalogApi.catalogCategories()).extracting(Category::getCode).contains("DIGITAL");
        var found = catalogApi.catalogProducts(word, null, null, null, null, null, true, null, 0, 10);
        // the product whose title holds the unique word comes first; semantic retrieval may add similar cups after it
        assertThat(found.getItems().getFirst().getTitle()).isEqualTo(word + "保温杯");
        var product = catalogApi.catalogProduct(found.getItems().getFirst().getId());
        SkuView sku = product.getSkus().getFirst();
        assertThat(sku.getStock()).isEqualTo(SkuView.StockEnum.IN_STOCK);
        assertThat(sku.getPriceFen()).isEqualTo(3_900);

        var address = new AddressesApi(client)
                .addressAdd(new AddressForm()
                        .recipient("李四")
                        .mobile("13700001111")
                        .provinceCode("110000")
                        .cityCode("110100")
                        .districtCode("110101")
                        .detail("东长安街 1 号 101 室")
                        .makeDefault(true));
        var cart = new CartApi(client).cartAdd(new AddLine().skuId(sku.getId()).quantity(2));
        assertThat(cart.getSelectedTotalFen()).isEqualTo(7_800);

        var placed = new OrdersApi(client)
                .orderPlace(
                        new PlaceRequest()
                                .fromCart(true)
                                .addressId(address.getId())
                                .delivery(PlaceRequest.DeliveryEnum.STANDARD)
                                .paymentMethod(PlaceRequest.PaymentMethodEnum.ALIPAY),
                        UUID.randomUUID().toString());
        assertThat(placed.getOrderIds()).hasSize(1);

        PaymentsApi payments = new PaymentsApi(client);
        PaymentDetails payment = payments.paymentStart(
                new StartRequest().checkoutId(placed.getCheckoutId()).method(StartRequest.MethodEnum.ALIPAY));
        assertThat(payment.getAmountFen()).isEqualTo(placed.getTotalFen());
        // the shopper confirms on the sandbox's hosted page; the sandbox then notifies the platform, signed
        sandbox.approve(payment.getHostedPageUrl().substring("sandbox-pay/".length()));
        for (int i = 0;
                i < 100 && payments.paymentGet(payment.getId()).getStatus() != PaymentDetails.StatusEnum.SUCCEEDED;
                i++) {
            Thread.sleep(100);
        }

        assertThat(payments.paymentGet(payment.getId()).getStatus()).isEqualTo(PaymentDetails.StatusEnum.SUCCEEDED);
        OrderDetails order =
                new OrdersApi(client).orderDetail(placed.getOrderIds().getFirst());
        assertThat(order.getStatus()).isEqualTo(OrderDetails.StatusEnum.PAID);
    }
}
