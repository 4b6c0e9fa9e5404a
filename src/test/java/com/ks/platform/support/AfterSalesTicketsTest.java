package com.ks.platform.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.ks.platform.aftersales.AfterSalesService;
import com.ks.platform.aftersales.ApplyCase;
import com.ks.platform.aftersales.CaseReason;
import com.ks.platform.aftersales.PlatformDecisions;
import com.ks.platform.aftersales.TestPurchases.Purchase;
import com.ks.platform.catalog.ReturnExclusion;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 平台介入: an escalated after-sales case becomes a ticket of its shopper, and the platform's decision resolves it. */
class AfterSalesTicketsTest extends SupportTestSupport {

    @Autowired
    AfterSalesService afterSales;

    @Autowired
    PlatformDecisions decisions;

    @Test
    void an_escalated_case_opens_one_ticket_linking_the_case_and_the_decision_resolves_it() throws Exception {
        Purchase purchase = purchases().delivered(1, (ReturnExclusion) null);
        UUID caseId = as(
                purchase.shopper(),
                () -> afterSales.apply(
                        new ApplyCase(purchase.orderId(), purchase.line().id(), CaseReason.NO_REASON, "不想要了", 1)));
        run(purchase.shop(), () -> afterSales.refuse(caseId, "商品已拆封"));
        run(purchase.shopper(), () -> afterSales.askPlatform(caseId, "包装完好，商家拒绝无理"));

        TicketSummary ticket = await(purchase.shopper(), caseId, TicketStatus.NEW, TicketStatus.OPEN);
        assertThat(ticket.type()).isEqualTo(TicketType.AFTERSALES);
        assertThat(ticket.teamName()).isEqualTo("support.team.AFTERSALES");
        TicketDetail detail = detail(ticket.id());
        assertThat(detail.caseId()).isEqualTo(caseId);
        assertThat(detail.orderId()).isEqualTo(purchase.orderId());
        assertThat(detail.messages().getFirst().body()).contains("包装完好，商家拒绝无理");

        run(LEAD, () -> decisions.uphold(caseId, "拆封影响二次销售"));

        await(purchase.shopper(), caseId, TicketStatus.RESOLVED);
        assertThat(as(purchase.shopper(), () -> queries.countMyTickets())).isEqualTo(1);
    }

    private TicketSummary await(String shopper, UUID caseId, TicketStatus... expected) throws InterruptedException {
        Optional<TicketSummary> found = Optional.empty();
        for (int i = 0; i < 100; i++) {
            found = as(shopper, () -> queries.myTickets(0, 10)).stream()
                    .filter(t -> List.of(expected).contains(t.status()))
                    .filter(t -> detail(t.id()).caseId().equals(caseId))
                    .findFirst();
            if (found.isPresent()) {
                break;
            }
            Thread.sleep(100);
        }
        assertThat(found)
                .as("ticket of case %s in %s", caseId, List.of(expected))
                .isPresent();
        return found.get();
    }
}
