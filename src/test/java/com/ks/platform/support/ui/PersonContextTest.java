package com.ks.platform.support.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ks.platform.KaribuTest;
import com.ks.platform.aftersales.AfterSalesQueries;
import com.ks.platform.credit.CreditAssessments;
import com.ks.platform.identity.AccountQueries;
import com.ks.platform.identity.PersonalDataReveals;
import com.ks.platform.ordering.OrderQueries;
import com.ks.platform.payment.PaymentQueries;
import com.ks.platform.shared.AuditTrail;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextArea;
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

    @Autowired
    PersonalDataReveals reveals;

    @Autowired
    AuditTrail audit;

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
                .contains("李*", "s***@ks.demo", "最近订单", latest.getFirst().orderNo(), "先用后付");
        assertThat(text).as("masked until revealed").doesNotContain("李明", "shopper@ks.demo");
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

    @Test
    void an_agent_reveals_the_persons_name_only_with_a_reason_and_the_reveal_is_audited_pipl_art_51() {
        UUID shopper = accounts.findByEmail("shopper@ks.demo").orElseThrow();
        signInAs("agent@ks.demo");
        PersonContext pane = new PersonContext(sources, shopper, List.of());
        UI.getCurrent().add(pane);
        int before = audit.historyOf("account", shopper.toString()).size();

        _click(_find(pane, Button.class, spec -> spec.withText("显示")).getFirst());
        TextArea reason = _get(TextArea.class, spec -> spec.withLabel("为什么需要查看完整信息？"));
        _click(_get(Button.class, spec -> spec.withText("确认显示")));
        assertThat(reason.isInvalid()).as("no reason, nothing shown").isTrue();
        assertThat(pane.getElement().getTextRecursively()).doesNotContain("李明");

        _setValue(reason, "顾客来电核对收件人姓名");
        _click(_get(Button.class, spec -> spec.withText("确认显示")));

        assertThat(pane.getElement().getTextRecursively()).contains("李明").doesNotContain("shopper@ks.demo");
        var history = audit.historyOf("account", shopper.toString());
        assertThat(history).hasSize(before + 1);
        assertThat(history.getLast().action()).isEqualTo("personalData.reveal");
        assertThat(history.getLast().reason()).isEqualTo("顾客来电核对收件人姓名");
    }

    @Test
    void a_shopper_or_merchant_cannot_reveal_a_persons_data() {
        UUID shopper = accounts.findByEmail("shopper@ks.demo").orElseThrow();
        for (String outsider : List.of("wangfang@ks.demo", "merchant@ks.demo")) {
            actAs(outsider);
            assertThatThrownBy(() -> reveals.revealAccount(shopper, "想看看")).isInstanceOf(AccessDeniedException.class);
        }
    }
}
