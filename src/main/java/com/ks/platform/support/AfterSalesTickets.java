package com.ks.platform.support;

import com.ks.jooq.tables.records.SupportTicketRecord;
import com.ks.platform.aftersales.AfterSalesEscalated;
import com.ks.platform.aftersales.AfterSalesPlatformDecided;
import com.ks.platform.identity.AccountDetails;
import com.ks.platform.identity.AccountQueries;
import com.ks.platform.support.TicketRouting.Actor;
import java.util.List;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * 平台介入 cases become tickets: an escalated after-sales case opens an AFTERSALES ticket for its shopper (linking the
 * case's decision page through {@code caseId}), and the platform's decision resolves it — the decision is the answer,
 * so the ticket follows it rather than asking the agent to resolve twice. Both listeners are idempotent: a re-delivered
 * escalation finds the case's active ticket, a re-delivered decision finds none.
 */
@Component
class AfterSalesTickets {

    private final MyTickets intake;
    private final TicketRepository tickets;
    private final TicketDesk desk;
    private final AccountQueries accounts;

    AfterSalesTickets(MyTickets intake, TicketRepository tickets, TicketDesk desk, AccountQueries accounts) {
        this.intake = intake;
        this.tickets = tickets;
        this.desk = desk;
        this.accounts = accounts;
    }

    @ApplicationModuleListener
    void on(AfterSalesEscalated escalated) {
        if (tickets.lockActiveOfCase(escalated.caseId()).isPresent()) {
            return;
        }
        String name = accounts.findById(escalated.shopperId())
                .map(AccountDetails::displayName)
                .orElse("—");
        String text = "售后申请 " + escalated.caseNo() + "（" + escalated.title() + "）申请平台介入"
                + (escalated.reason() == null ? "" : "：" + escalated.reason());
        intake.open(new MyTickets.Request(
                escalated.shopperId(),
                RequesterKind.SHOPPER,
                name,
                TicketType.AFTERSALES,
                SubjectKind.AFTERSALES,
                escalated.caseId().toString(),
                new MyTickets.OrderRef(escalated.orderId(), escalated.orderNo(), null),
                escalated.caseId(),
                text.length() > TicketDesk.MAX_BODY ? text.substring(0, TicketDesk.MAX_BODY) : text,
                List.of()));
    }

    @ApplicationModuleListener
    void on(AfterSalesPlatformDecided decided) {
        tickets.lockActiveOfCase(decided.caseId()).ifPresent(ticket -> resolve(ticket, decided.refunded()));
    }

    private void resolve(SupportTicketRecord ticket, boolean refunded) {
        desk.move(
                ticket,
                TicketStatus.RESOLVED,
                Actor.SYSTEM,
                List.of(Reason.of(refunded ? "support.reason.caseRefunded" : "support.reason.caseUpheld")));
        ticket.store();
    }
}
