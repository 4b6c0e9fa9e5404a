package com.ks.platform.support.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ks.platform.KaribuTest;
import com.ks.platform.aftersales.AfterSalesQueries;
import com.ks.platform.credit.CreditAssessments;
import com.ks.platform.identity.AccountQueries;
import com.ks.platform.ordering.OrderQueries;
import com.ks.platform.payment.PaymentQueries;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class PersonContextTest extends KaribuTest {

    @Autowired
    PersonSources sources;

    @Autowired
    AccountQueries accounts;

    @Autowired
    OrderQueries orders;

    @Autowired
    PaymentQueries payments;

    @Autowired
    AfterSalesQueries afterSales;

    @Autowired
    CreditAssessments credit;

    @Test
    void an_agent_sees_the_persons_latest_orders_with_payment_their_cases_as_links_and_credit_standing() {
        UUID shopper = accounts.findByEmail("shopper@ks.demo").orElseThrow();
        signInAs("agent@ks.demo");
        var latest = orders.ordersOfAccount(shopper, PersonContext.RECENT);
        var cases = afterSales.casesOfAccount(shopper, PersonContext.RECENT);
        assertThat(latest).isNotEmpty();
        assertThat(cases).isNotEmpty();

        PersonContext pane = new PersonContext(sources, shopper, List.of());
        UI.getCurrent().add(pane);

        String text = pane.getElement().getTextRecursively();
        assertThat(text)
                .contains("李明", "shopper@ks.demo", "最近订单", latest.getFirst().orderNo(), "先用后付");
        assertThat(_find(pane, Anchor.class))
                .extracting(Anchor::getHref)
                .contains("workbench/after-sales/" + cases.getFirst().id());
        assertThat(text).contains("支付：");
    }

    @Test
    void a_shopper_or_merchant_cannot_read_another_persons_context() {
        UUID shopper = accounts.findByEmail("shopper@ks.demo").orElseThrow();
        for (String outsider : List.of("wangfang@ks.demo", "merchant@ks.demo")) {
            actAs(outsider);
            assertThatThrownBy(() -> orders.ordersOfAccount(shopper, 5)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> afterSales.casesOfAccount(shopper, 5)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> credit.ofAccount(shopper)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> payments.ofOrder(UUID.randomUUID())).isInstanceOf(AccessDeniedException.class);
        }
    }
}
