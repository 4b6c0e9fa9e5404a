package com.ks.platform.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.ks.platform.aftersales.TestPurchases.Purchase;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Routing that explains itself: urgency from type, amount, words and repeat contacts; the team by the rules; inside
 * the team the least-loaded online agent under their limit; presence hands tickets back and picks them up.
 */
class RoutingTest extends SupportTestSupport {

    @Autowired
    AgentRepository agentRows;

    @Test
    void a_privacy_question_goes_to_the_privacy_team_and_says_why() {
        Opened ticket = ask(shopper(), TicketType.PRIVACY, null, "请删除我的浏览记录");

        TicketDetail detail = detail(ticket.ticketId());
        assertThat(detail.summary().teamName()).isEqualTo("support.team.PRIVACY");
        assertThat(detail.routingReasons().getFirst())
                .isEqualTo(Reason.of("support.routing.team", "support.type.PRIVACY", "support.team.PRIVACY"));
        assertThat(detail.summary().urgency()).isEqualTo(Urgency.HIGH);
    }

    @Test
    void words_such_as_injured_make_a_complaint_urgent_and_the_reason_names_the_word() {
        Opened ticket = ask(shopper(), TicketType.COMPLAINT, null, "充电器冒烟，孩子手被烫受伤了");

        TicketDetail detail = detail(ticket.ticketId());
        assertThat(detail.summary().urgency()).isEqualTo(Urgency.URGENT);
        assertThat(detail.urgencyReasons()).contains(Reason.of("support.urgency.reason.keyword", "受伤"));
    }

    @Test
    void a_plain_question_is_low_and_a_person_asking_again_and_again_is_heard_sooner() {
        String shopper = shopper();
        Opened first = ask(shopper, TicketType.OTHER, null, "怎么改头像");
        ask(shopper, TicketType.OTHER, null, "头像还是改不了");
        Opened third = ask(shopper, TicketType.OTHER, null, "到底怎么改头像");

        assertThat(detail(first.ticketId()).summary().urgency()).isEqualTo(Urgency.LOW);
        TicketDetail repeated = detail(third.ticketId());
        assertThat(repeated.summary().urgency()).isEqualTo(Urgency.NORMAL);
        assertThat(repeated.urgencyReasons()).contains(Reason.of("support.urgency.reason.repeat", 2, 7));
    }

    @Test
    void an_order_question_has_normal_urgency_and_the_order_on_the_ticket() {
        Purchase purchase = paidOrder();
        Opened ticket = ask(purchase.shopper(), TicketType.ORDER, purchase.orderId(), "物流信息不更新");
        TicketDetail detail = detail(ticket.ticketId());
        assertThat(detail.summary().urgency()).isEqualTo(Urgency.NORMAL);
        assertThat(detail.orderId()).isEqualTo(purchase.orderId());
        assertThat(detail.subjectKind()).isEqualTo(SubjectKind.ORDER);
    }

    @Test
    void inside_the_team_the_least_loaded_online_agent_gets_the_ticket_and_the_reason_names_them() {
        UUID team = newTeam();
        String first = onlineAgent(team, "客服 甲", 5);
        onlineAgent(team, "客服 乙", 5);
        String shopper = shopper();

        List<String> assignees = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Opened ticket = ask(shopper, TicketType.OTHER, null, "问题 " + i);
            transferTo(ticket.ticketId(), team);
            TicketDetail detail = detail(ticket.ticketId());
            assignees.add(detail.summary().assigneeName());
            assertThat(detail.routingReasons().getLast().key()).isEqualTo("support.routing.agent");
            assertThat(detail.routingReasons().getLast().args().getFirst())
                    .isEqualTo(detail.summary().assigneeName());
        }
        assertThat(assignees).containsExactly("客服 甲", "客服 乙", "客服 甲");
        assertThat(as(first, () -> queries.countMyQueue(QueueFilter.ANY))).isEqualTo(2);
    }

    @Test
    void an_away_or_full_agent_gets_nothing_and_the_ticket_waits_in_the_team_queue_saying_so() {
        UUID team = newTeam();
        String busy = onlineAgent(team, "客服 丙", 1);
        String away = onlineAgent(team, "客服 丁", 5);
        run(away, () -> presence.setStatus(AgentStatus.AWAY));
        String shopper = shopper();
        Opened taken = ask(shopper, TicketType.OTHER, null, "第一个");
        transferTo(taken.ticketId(), team);

        Opened waiting = ask(shopper, TicketType.OTHER, null, "第二个");
        transferTo(waiting.ticketId(), team);

        TicketDetail detail = detail(waiting.ticketId());
        assertThat(detail.summary().assigneeId()).isNull();
        assertThat(detail.routingReasons().getLast()).isEqualTo(Reason.of("support.routing.queued"));
        assertThat(as(busy, () -> queries.countTeamQueue(QueueFilter.ANY))).isEqualTo(2);
        assertThat(as(busy, () -> presence.me()).openTickets()).isEqualTo(1);
    }

    @Test
    void an_agent_going_offline_hands_their_tickets_to_the_team_and_one_coming_online_picks_them_up() {
        UUID team = newTeam();
        String leaving = onlineAgent(team, "客服 戊", 5);
        String shopper = shopper();
        Opened ticket = ask(shopper, TicketType.OTHER, null, "换手机号");
        transferTo(ticket.ticketId(), team);
        assertThat(detail(ticket.ticketId()).summary().assigneeName()).isEqualTo("客服 戊");

        run(leaving, () -> presence.setStatus(AgentStatus.OFFLINE));
        TicketDetail handedBack = detail(ticket.ticketId());
        assertThat(handedBack.summary().assigneeId()).isNull();
        assertThat(handedBack.events()).anySatisfy(e -> assertThat(e.kind()).isEqualTo(TicketEventKind.UNASSIGNED));
        assertThat(as(LEAD, () -> teams.agents()))
                .filteredOn(a -> a.accountId().equals(idOf(leaving)))
                .singleElement()
                .satisfies(a -> assertThat(a.openTickets()).isZero());

        onlineAgent(team, "客服 己", 5);
        TicketDetail pickedUp = detail(ticket.ticketId());
        assertThat(pickedUp.summary().assigneeName()).isEqualTo("客服 己");
        assertThat(pickedUp.routingReasons()).contains(Reason.of("support.routing.pickedUp"));
    }

    /**
     * Many threads route the same waiting tickets at once: each ticket gets one agent, and no agent passes their limit
     * (on H2 and PostgreSQL: the suite runs on both).
     */
    @Test
    void concurrent_routing_never_assigns_a_ticket_twice_nor_passes_an_agents_limit() throws Exception {
        UUID team = newTeam();
        List<String> agents =
                List.of(onlineAgent(team, "并发 A", 3), onlineAgent(team, "并发 B", 3), onlineAgent(team, "并发 C", 2));
        for (String agent : agents) {
            run(agent, () -> presence.setStatus(AgentStatus.AWAY));
        }
        String shopper = shopper();
        List<UUID> waiting = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Opened ticket = ask(shopper, TicketType.OTHER, null, "并发问题 " + i);
            transferTo(ticket.ticketId(), team);
            waiting.add(ticket.ticketId());
        }
        for (String agent : agents) {
            agentRows.setStatus(idOf(agent), AgentStatus.ONLINE, java.time.Instant.now());
        }

        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> runs = new ArrayList<>();
        for (int thread = 0; thread < 8; thread++) {
            List<UUID> order = new ArrayList<>(waiting);
            java.util.Collections.shuffle(order);
            runs.add(pool.submit(() -> {
                start.await();
                for (UUID id : order) {
                    presence.routeIfWaiting(id);
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> run : runs) {
            run.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        List<TicketDetail> details = waiting.stream().map(this::detail).toList();
        assertThat(details).filteredOn(d -> d.summary().assigneeId() != null).hasSize(8);
        // before the transfer the default team may have assigned it too: count the assignments inside the test's team
        List<String> names = List.of("并发 A", "并发 B", "并发 C");
        for (TicketDetail d : details) {
            assertThat(d.events())
                    .filteredOn(e -> e.kind() == TicketEventKind.ASSIGNED && names.contains(e.to()))
                    .hasSizeLessThanOrEqualTo(1);
        }
        for (AgentSummary agent : as(LEAD, () -> teams.agents())) {
            if (agents.stream().map(this::idOf).toList().contains(agent.accountId())) {
                assertThat(agent.openTickets()).isEqualTo(agent.maxOpen());
                assertThat(details)
                        .filteredOn(d -> agent.accountId().equals(d.summary().assigneeId()))
                        .hasSize(agent.maxOpen());
            }
        }
    }
}
