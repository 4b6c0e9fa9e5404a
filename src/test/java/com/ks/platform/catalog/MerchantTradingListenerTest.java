package com.ks.platform.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.ks.platform.KsIntegrationTest;
import com.ks.platform.TestMerchants;
import com.ks.platform.merchant.BusinessCategory;
import com.ks.platform.merchant.MerchantStatus;
import com.ks.platform.merchant.MerchantStatusChanged;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Products follow their merchant's state as it is, whatever order the asynchronous state events are handled in. */
class MerchantTradingListenerTest extends KsIntegrationTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    MerchantTradingListener listener;

    @Autowired
    ProductService products;

    @Autowired
    CatalogQueries catalog;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void a_late_submitted_event_handled_after_the_approval_leaves_the_shops_products_on_sale() {
        var shop = new TestMerchants(context, this::actAs).approved(BusinessCategory.DIGITAL, "compliance@ks.demo");
        actAs(shop.email());
        String code = "LT" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        UUID product = products.create(ProductServiceTest.product("迟到事件耳机 " + code, code, 9_900, 5));
        products.publish(product);
        assertThat(catalog.product(product)).isPresent();

        new TransactionTemplate(transactions)
                .executeWithoutResult(tx -> listener.on(
                        new MerchantStatusChanged(shop.id(), MerchantStatus.DRAFT, MerchantStatus.SUBMITTED)));

        assertThat(catalog.product(product)).as("still on sale").isPresent();
    }
}
