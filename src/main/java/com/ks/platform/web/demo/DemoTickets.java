package com.ks.platform.web.demo;

import com.ks.platform.identity.AccountQueries;
import com.ks.platform.identity.Role;
import com.ks.platform.ordering.OrderQueries;
import com.ks.platform.ordering.OrderSummary;
import com.ks.platform.ordering.OrderTab;
import com.ks.platform.support.AgentPresence;
import com.ks.platform.support.AgentStatus;
import com.ks.platform.support.MyTickets;
import com.ks.platform.support.OpenTicket;
import com.ks.platform.support.Opened;
import com.ks.platform.support.SupportTeams;
import com.ks.platform.support.TeamSummary;
import com.ks.platform.support.TicketType;
import com.ks.platform.support.Tickets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A live queue for the demo: the lead puts 刘洋 in the after-sales and payment teams and herself in all, 刘洋 goes
 * online, and the demo shoppers ask what shoppers ask (an order that has not shipped, a quality complaint, a payment
 * taken twice, a credit limit to review by a person, their personal data); one is answered, resolved and rated. 刘洋
 * is left away: the tickets stay his, new ones wait for him to choose 在线.
 */
@Component
@ConditionalOnProperty(name = "ks.demo.enabled", havingValue = "true")
class DemoTickets {

    private final SupportTeams teams;
    private final AgentPresence presence;
    private final MyTickets myTickets;
    private final Tickets tickets;
    private final AccountQueries accounts;
    private final OrderQueries orders;

    DemoTickets(
            SupportTeams teams,
            AgentPresence presence,
            MyTickets myTickets,
            Tickets tickets,
            AccountQueries accounts,
            OrderQueries orders) {
        this.teams = teams;
        this.presence = presence;
        this.myTickets = myTickets;
        this.tickets = tickets;
        this.accounts = accounts;
        this.orders = orders;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(20)
    void load() {
        UUID lead = accounts.findByEmail("lead@ks.demo").orElse(null);
        UUID agent = accounts.findByEmail("agent@ks.demo").orElse(null);
        if (lead == null || agent == null) {
            return;
        }
        boolean fresh = as(lead, "客服主管 孙悦", Set.of(Role.CS_AGENT, Role.CS_LEAD), () -> {
            if (!teams.agents().isEmpty()) {
                return false;
            }
            List<TeamSummary> all = teams.teams();
            Set<UUID> agentTeams = all.stream()
                    .filter(t -> Set.of("AFTERSALES", "PAYMENT_CREDIT").contains(t.code()))
                    .map(TeamSummary::id)
                    .collect(Collectors.toSet());
            teams.enrol(agent, agentTeams, 20);
            teams.enrol(lead, all.stream().map(TeamSummary::id).collect(Collectors.toSet()), 20);
            return true;
        });
        if (!fresh) {
            return;
        }
        as(agent, "客服 刘洋", Set.of(Role.CS_AGENT), () -> {
            presence.setStatus(AgentStatus.ONLINE);
            return null;
        });
        Opened answered = shopperAsks("shopper@ks.demo", "李明", TicketType.ORDER, true, "下单三天了还没发货，能帮我催一下吗？");
        shopperAsks("shopper@ks.demo", "李明", TicketType.COMPLAINT, false, "收到的耳机左耳没有声音，质量太差了，要求退货并投诉商家。");
        shopperAsks("wangfang@ks.demo", "王芳", TicketType.PAYMENT, false, "同一笔订单微信扣了两次钱，请尽快退回多扣的一笔。");
        shopperAsks("wangfang@ks.demo", "王芳", TicketType.CREDIT_REVIEW, false, "先用后付额度只有 1000 元，我每月都按时还款，想申请人工复核额度。");
        shopperAsks("zhaolei@ks.demo", "赵磊", TicketType.PRIVACY, false, "请告诉我平台保存了我哪些个人信息，我想导出一份。");
        shopperAsks("zhaolei@ks.demo", "赵磊", TicketType.OTHER, false, "积分什么时候可以抵扣现金？");
        if (answered != null) {
            as(agent, "客服 刘洋", Set.of(Role.CS_AGENT), () -> {
                tickets.addNote(answered.ticketId(), "已电话联系商家，承诺今天发出。", List.of());
                tickets.reply(answered.ticketId(), "李明您好，已为您催促商家，今天会安排发货，发货后消息中心会通知您。", List.of());
                tickets.resolve(answered.ticketId(), null);
                return null;
            });
            UUID shopper = accounts.findByEmail("shopper@ks.demo").orElseThrow();
            as(shopper, "李明", Set.of(Role.SHOPPER), () -> {
                myTickets.rate(answered.ticketId(), 5, "处理很快，谢谢！");
                return null;
            });
        }
        // away keeps 刘洋's tickets but takes no new ones until 在线 is chosen in the workbench
        as(agent, "客服 刘洋", Set.of(Role.CS_AGENT), () -> {
            presence.setStatus(AgentStatus.AWAY);
            return null;
        });
    }

    private Opened shopperAsks(String email, String name, TicketType type, boolean aboutAnOrder, String text) {
        UUID shopper = accounts.findByEmail(email).orElse(null);
        if (shopper == null) {
            return null;
        }
        return as(shopper, name, Set.of(Role.SHOPPER), () -> {
            UUID orderId = aboutAnOrder
                    ? orders.myOrders(OrderTab.ALL, 0, 1).stream()
                            .map(OrderSummary::id)
                            .findFirst()
                            .orElse(null)
                    : null;
            return myTickets.open(new OpenTicket(type, orderId, text, List.of()));
        });
    }

    private static <T> T as(UUID accountId, String label, Set<Role> roles, Supplier<T> work) {
        return DemoDataSeeder.runAs(accountId, label, roles, work);
    }
}
