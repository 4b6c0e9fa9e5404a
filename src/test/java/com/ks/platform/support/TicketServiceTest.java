package com.ks.platform.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ks.platform.aftersales.TestPurchases.Purchase;
import com.ks.platform.notification.NotificationService;
import com.ks.platform.shared.NotFound;
import com.ks.platform.shared.RuleViolated;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Tickets from a requester's question to the agent's answer: one per subject, per-object access, status rules. */
class TicketServiceTest extends SupportTestSupport {

    @Autowired
    NotificationService notifications;

    @Test
    void a_second_message_on_the_same_order_joins_the_open_ticket_instead_of_opening_another() {
        Purchase purchase = paidOrder();

        Opened first = ask(purchase.shopper(), TicketType.ORDER, purchase.orderId(), "什么时候发货？");
        Opened second = ask(purchase.shopper(), TicketType.ORDER, purchase.orderId(), "还有，能开发票吗？");

        assertThat(first.joined()).isFalse();
        assertThat(second.joined()).isTrue();
        assertThat(second.ticketId()).isEqualTo(first.ticketId());
        assertThat(first.ticketNo()).matches("T\\d{8}-[0-9A-F]{12}");
        TicketDetail detail = as(purchase.shopper(), () -> queries.myTicket(first.ticketId()));
        assertThat(detail.messages()).extracting(TicketDetail.Message::body).containsExactly("什么时候发货？", "还有，能开发票吗？");
        assertThat(detail.summary().orderNo()).isNotBlank();
        assertThat(as(purchase.shopper(), () -> queries.countMyTickets())).isEqualTo(1);
    }

    @Test
    void free_questions_without_an_order_are_separate_tickets() {
        String shopper = shopper();
        Opened first = ask(shopper, TicketType.OTHER, null, "怎么修改昵称？");
        Opened second = ask(shopper, TicketType.OTHER, null, "怎么注销账号？");
        assertThat(second.ticketId()).isNotEqualTo(first.ticketId());
    }

    @Test
    void a_guessed_order_id_of_another_shopper_is_refused_and_nothing_is_written() {
        Purchase someoneElses = paidOrder();
        String shopper = shopper();

        assertThatThrownBy(() -> ask(shopper, TicketType.ORDER, someoneElses.orderId(), "这是我的订单吗"))
                .isInstanceOf(NotFound.class);
        assertThat(as(shopper, () -> queries.countMyTickets())).isZero();
    }

    @Test
    void a_shopper_reading_or_answering_another_shoppers_ticket_by_its_id_is_refused() {
        Opened theirs = ask(shopper(), TicketType.OTHER, null, "我的隐私问题");
        String other = shopper();

        assertThatThrownBy(() -> as(other, () -> queries.myTicket(theirs.ticketId())))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> run(other, () -> myTickets.reply(theirs.ticketId(), "偷看", List.of())))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void an_empty_question_or_a_disguised_attachment_is_refused_with_the_field_named() {
        String shopper = shopper();
        assertThatThrownBy(() -> ask(shopper, TicketType.OTHER, null, "  "))
                .isInstanceOf(RuleViolated.class)
                .extracting(e -> ((RuleViolated) e).fieldErrors())
                .isEqualTo(java.util.Map.of("text", "error.support.textRequired"));
        byte[] script = "<script>alert(1)</script>".getBytes();
        assertThatThrownBy(() -> as(
                        shopper, () -> myTickets.open(new OpenTicket(TicketType.OTHER, null, "看附件", List.of(script)))))
                .isInstanceOf(RuleViolated.class)
                .extracting(e -> ((RuleViolated) e).fieldErrors())
                .isEqualTo(java.util.Map.of("attachments", "error.support.fileType"));
        assertThat(as(shopper, () -> queries.countMyTickets())).isZero();
    }

    @Test
    void an_agent_outside_the_tickets_team_cannot_open_it_but_a_lead_can() {
        Opened ticket = ask(shopper(), TicketType.OTHER, null, "一个问题");
        UUID otherTeam = newTeam();
        String outsider = onlineAgent(otherTeam, "外组客服", 5);

        assertThatThrownBy(() -> as(outsider, () -> queries.ticket(ticket.ticketId())))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> run(outsider, () -> tickets.reply(ticket.ticketId(), "你好", List.of())))
                .isInstanceOf(NotFound.class);
        assertThat(as(LEAD, () -> queries.ticket(ticket.ticketId())).id()).isEqualTo(ticket.ticketId());
    }

    @Test
    void an_agents_answer_reaches_the_shopper_in_the_message_centre_linking_the_ticket() {
        String shopper = shopper();
        Opened ticket = ask(shopper, TicketType.OTHER, null, "积分怎么用？");
        UUID team = newTeam();
        String agent = onlineAgent(team, "客服 小周", 5);
        transferTo(ticket.ticketId(), team);

        run(agent, () -> tickets.reply(ticket.ticketId(), "您好，积分可在结算时抵扣。", List.of()));
        run(agent, () -> tickets.addNote(ticket.ticketId(), "老用户，注意语气", List.of()));

        TicketDetail seen = as(shopper, () -> queries.myTicket(ticket.ticketId()));
        assertThat(seen.status()).isEqualTo(TicketStatus.OPEN);
        assertThat(seen.messages()).extracting(TicketDetail.Message::body).containsExactly("积分怎么用？", "您好，积分可在结算时抵扣。");
        assertThat(as(shopper, () -> notifications.myNotices(0, 10))).anySatisfy(n -> {
            assertThat(n.messageKey()).isEqualTo("notice.support.reply");
            assertThat(n.link()).isEqualTo(SupportRoutes.myTicket(ticket.ticketId()));
        });
        TicketDetail agentView = as(agent, () -> queries.ticket(ticket.ticketId()));
        assertThat(agentView.messages())
                .extracting(TicketDetail.Message::visibility)
                .containsExactly(Visibility.PUBLIC, Visibility.PUBLIC, Visibility.INTERNAL);
        assertThat(agentView.firstRespondedAt()).isNotNull();
    }

    @Test
    void asking_for_information_pauses_the_sla_until_the_shopper_answers() {
        String shopper = shopper();
        Opened ticket = ask(shopper, TicketType.OTHER, null, "退款没到账");
        UUID team = newTeam();
        String agent = onlineAgent(team, "客服 小钱", 5);
        transferTo(ticket.ticketId(), team);

        run(agent, () -> tickets.askForInformation(ticket.ticketId(), "请提供支付截图"));
        TicketDetail waiting = detail(ticket.ticketId());
        assertThat(waiting.status()).isEqualTo(TicketStatus.WAITING_ON_CUSTOMER);
        assertThat(waiting.summary().slaDue()).isNull();
        assertThat(waiting.pausedSince()).isNotNull();

        run(shopper, () -> myTickets.reply(ticket.ticketId(), "截图在这里", List.of()));
        TicketDetail answered = detail(ticket.ticketId());
        assertThat(answered.status()).isEqualTo(TicketStatus.OPEN);
        assertThat(answered.pausedSince()).isNull();
        assertThat(answered.summary().slaDue()).isEqualTo(answered.resolutionDue());
    }

    @Test
    void a_resolved_ticket_takes_no_replies_but_reopens_and_is_rated_once() {
        String shopper = shopper();
        Opened ticket = ask(shopper, TicketType.OTHER, null, "发票抬头写错了");
        UUID team = newTeam();
        String agent = onlineAgent(team, "客服 小孙", 5);
        transferTo(ticket.ticketId(), team);
        run(agent, () -> tickets.resolve(ticket.ticketId(), "已为您重开发票。"));

        assertThatThrownBy(() -> run(shopper, () -> myTickets.reply(ticket.ticketId(), "谢谢", List.of())))
                .isInstanceOf(RuleViolated.class)
                .extracting(e -> ((RuleViolated) e).messageKey())
                .isEqualTo("error.support.resolvedReopen");
        assertThatThrownBy(() -> run(agent, () -> tickets.reply(ticket.ticketId(), "补充", List.of())))
                .isInstanceOf(RuleViolated.class)
                .extracting(e -> ((RuleViolated) e).messageKey())
                .isEqualTo("error.support.closed");
        assertThat(as(shopper, () -> queries.myTicket(ticket.ticketId())).reopenable())
                .isTrue();

        run(shopper, () -> myTickets.rate(ticket.ticketId(), 5, "很快"));
        assertThatThrownBy(() -> run(shopper, () -> myTickets.rate(ticket.ticketId(), 1, "改主意")))
                .isInstanceOf(RuleViolated.class);
        run(shopper, () -> myTickets.reopen(ticket.ticketId(), "新发票还是错的"));

        TicketDetail reopened = detail(ticket.ticketId());
        assertThat(reopened.status()).isEqualTo(TicketStatus.OPEN);
        assertThat(reopened.summary().assigneeName()).isEqualTo("客服 小孙");
        assertThat(reopened.satisfactionScore()).isEqualTo(5);
    }

    @Test
    void a_rating_outside_one_to_five_is_refused() {
        Opened ticket = ask(shopper(), TicketType.OTHER, null, "问题");
        assertThatThrownBy(() -> as(LEAD, () -> {
                    myTickets.rate(ticket.ticketId(), 6, null);
                    return null;
                }))
                .isInstanceOf(Exception.class);
    }
}
