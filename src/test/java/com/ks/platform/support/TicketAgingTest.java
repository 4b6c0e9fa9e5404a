package com.ks.platform.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.ks.platform.shared.RuleViolated;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Seeding a live queue: a ticket moved into the past is overdue or due soon, with its messages moved along. */
class TicketAgingTest extends SupportTestSupport {

    @Autowired
    TicketAging aging;

    @Test
    void an_unanswered_ticket_moved_back_is_overdue_and_its_conversation_moved_with_it() {
        Opened ticket = ask(shopper(), TicketType.OTHER, null, "账号能合并吗？");
        Instant asked = detail(ticket.ticketId()).messages().getFirst().createdAt();

        Instant due = as(ADMIN, () -> aging.dueIn(ticket.ticketId(), Duration.ofMinutes(-50)));

        TicketDetail aged = detail(ticket.ticketId());
        assertThat(due).isBeforeOrEqualTo(Instant.now().minus(Duration.ofMinutes(50)));
        assertThat(aged.summary().slaDue()).isCloseTo(due, within(1, ChronoUnit.MILLIS));
        assertThat(aged.messages().getFirst().createdAt()).isBefore(asked);
    }

    @Test
    void an_answered_ticket_is_refused_and_only_an_administrator_may_age_one() {
        Opened ticket = ask(shopper(), TicketType.OTHER, null, "发票怎么开？");
        UUID team = newTeam();
        String agent = onlineAgent(team, "客服 时效", 3);
        transferTo(ticket.ticketId(), team);

        assertThatThrownBy(() -> as(LEAD, () -> aging.dueIn(ticket.ticketId(), Duration.ofMinutes(30))))
                .isInstanceOf(AccessDeniedException.class);
        run(agent, () -> tickets.reply(ticket.ticketId(), "您好，在订单详情页申请开票。", List.of()));
        assertThatThrownBy(() -> as(ADMIN, () -> aging.dueIn(ticket.ticketId(), Duration.ofMinutes(30))))
                .isInstanceOf(RuleViolated.class);
        run(agent, () -> presence.setStatus(AgentStatus.OFFLINE));
    }
}
