package com.ks.platform.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ks.platform.identity.Role;
import com.ks.platform.notification.NotificationService;
import com.ks.platform.shared.RuleViolated;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The watch escalates tickets about to breach (leads told), and closes resolved tickets after the reopen window. */
class SlaWatchTest extends SupportTestSupport {

    @Autowired
    SlaWatch watch;

    @Autowired
    NotificationService notifications;

    @Test
    void a_ticket_about_to_breach_is_escalated_once_and_the_leads_are_told() {
        String lead = agentAccount("主管 小郑", Role.CS_LEAD);
        UUID team = newTeam();
        run(LEAD, () -> teams.enrol(idOf(lead), Set.of(team), 5));
        Opened ticket = ask(shopper(), TicketType.OTHER, null, "很久没人回复");
        TicketDetail before = detail(ticket.ticketId());
        assertThat(before.summary().urgency()).isEqualTo(Urgency.LOW);

        assertThat(watch.escalate(ticket.ticketId(), before.summary().slaDue().minus(Duration.ofDays(3))))
                .isFalse();
        assertThat(watch.escalate(ticket.ticketId(), before.summary().slaDue().minusSeconds(60)))
                .isTrue();

        TicketDetail after = detail(ticket.ticketId());
        assertThat(after.summary().urgency()).isEqualTo(Urgency.NORMAL);
        assertThat(after.urgencyReasons()).containsExactly(Reason.of("support.urgency.reason.sla"));
        assertThat(after.events()).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo(TicketEventKind.ESCALATED);
            assertThat(e.to()).isEqualTo("NORMAL");
        });
        assertThat(as(lead, () -> notifications.myNotices(0, 50))).anySatisfy(n -> {
            assertThat(n.messageKey()).isEqualTo("notice.support.escalated");
            assertThat(n.link()).isEqualTo(SupportRoutes.workbenchTicket(ticket.ticketId()));
        });
    }

    @Test
    void after_the_reopen_window_a_resolved_ticket_closes_and_can_no_longer_be_reopened() {
        String shopper = shopper();
        Opened ticket = ask(shopper, TicketType.OTHER, null, "订单号查不到");
        UUID team = newTeam();
        String agent = onlineAgent(team, "客服 小吴", 5);
        transferTo(ticket.ticketId(), team);
        run(agent, () -> tickets.resolve(ticket.ticketId(), "已为您查到。"));
        var resolvedAt = detail(ticket.ticketId()).resolvedAt();

        assertThat(watch.close(ticket.ticketId(), resolvedAt.plus(Duration.ofDays(6))))
                .isFalse();
        assertThat(watch.close(
                        ticket.ticketId(), resolvedAt.plus(Duration.ofDays(7)).plusSeconds(1)))
                .isTrue();

        assertThat(detail(ticket.ticketId()).status()).isEqualTo(TicketStatus.CLOSED);
        assertThatThrownBy(() -> run(shopper, () -> myTickets.reopen(ticket.ticketId(), "还是不对")))
                .isInstanceOf(RuleViolated.class)
                .extracting(e -> ((RuleViolated) e).messageKey())
                .isEqualTo("error.support.reopenWindow");
        assertThatThrownBy(() -> run(shopper, () -> myTickets.reply(ticket.ticketId(), "喂", java.util.List.of())))
                .isInstanceOf(RuleViolated.class)
                .extracting(e -> ((RuleViolated) e).messageKey())
                .isEqualTo("error.support.closed");
    }
}
