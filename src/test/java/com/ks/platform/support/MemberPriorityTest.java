package com.ks.platform.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.ks.platform.identity.AccountQueries;
import com.ks.platform.ordering.OrderCompleted;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/** 会员优先客服: a gold member's question is served one urgency level sooner than the same from anyone else, and says why. */
class MemberPriorityTest extends SupportTestSupport {

    @Autowired
    AccountQueries accountQueries;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    com.ks.platform.promotion.MemberPriority priority;

    @Test
    void a_gold_members_question_is_one_level_more_urgent_and_the_reason_names_the_level() {
        String member = shopper();
        UUID account = accountQueries.findByEmail(member).orElseThrow();
        transactions.executeWithoutResult(
                tx -> events.publishEvent(new OrderCompleted(UUID.randomUUID(), account, 600_000, Instant.now())));
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> priority.priorityLevel(account).isPresent());

        Opened plain = ask(shopper(), TicketType.OTHER, null, "怎么改头像");
        Opened prioritised = ask(member, TicketType.OTHER, null, "怎么改头像");

        assertThat(detail(plain.ticketId()).summary().urgency()).isEqualTo(Urgency.LOW);
        TicketDetail detail = detail(prioritised.ticketId());
        assertThat(detail.summary().urgency()).isEqualTo(Urgency.NORMAL);
        assertThat(detail.urgencyReasons())
                .contains(Reason.of("support.urgency.reason.member", "membership.tier.GOLD"));
    }
}
