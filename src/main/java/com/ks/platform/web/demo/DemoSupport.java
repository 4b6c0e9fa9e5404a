package com.ks.platform.web.demo;

import com.ks.platform.identity.AccountQueries;
import com.ks.platform.identity.AccountService;
import com.ks.platform.identity.NewAccount;
import com.ks.platform.identity.Role;
import com.ks.platform.ordering.OrderQueries;
import com.ks.platform.ordering.OrderSummary;
import com.ks.platform.ordering.OrderTab;
import com.ks.platform.support.AgentPresence;
import com.ks.platform.support.AgentStatus;
import com.ks.platform.support.MyTickets;
import com.ks.platform.support.OpenTicket;
import com.ks.platform.support.SupportTeams;
import com.ks.platform.support.TeamSummary;
import com.ks.platform.support.TicketAging;
import com.ks.platform.support.TicketDetail;
import com.ks.platform.support.TicketQueries;
import com.ks.platform.support.TicketType;
import com.ks.platform.support.Tickets;
import com.ks.platform.support.Urgency;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Customer service in the demo, through the services: the four teams' agents (two more besides agent@ks.demo) online,
 * the lead in every team, and realistic tickets from the demo shoppers and a merchant in several states — new, being
 * answered, waiting on the customer, resolved (one rated), one urgent complaint at the top of the queue. Two came in
 * earlier: the kettle complaint is due within the hour (amber — in working hours; at night it falls due when work
 * starts) and a question about merging accounts is already past its SLA (red).
 */
@Component
class DemoSupport {

    private final AccountService accounts;
    private final AccountQueries accountQueries;
    private final SupportTeams teams;
    private final AgentPresence presence;
    private final MyTickets myTickets;
    private final Tickets tickets;
    private final TicketQueries queries;
    private final OrderQueries orders;
    private final TicketAging aging;

    DemoSupport(
            AccountService accounts,
            AccountQueries accountQueries,
            SupportTeams teams,
            AgentPresence presence,
            MyTickets myTickets,
            Tickets tickets,
            TicketQueries queries,
            OrderQueries orders,
            TicketAging aging) {
        this.accounts = accounts;
        this.accountQueries = accountQueries;
        this.teams = teams;
        this.presence = presence;
        this.myTickets = myTickets;
        this.tickets = tickets;
        this.queries = queries;
        this.orders = orders;
        this.aging = aging;
    }

    void load() {
        DemoDataSeeder.runAs(null, "demo-data", Set.of(Role.ADMIN), () -> {
            for (String[] agent :
                    List.of(new String[] {"agent2@ks.demo", "客服 陈晨"}, new String[] {"agent3@ks.demo", "客服 黄磊"})) {
                accounts.createStaffAccount(
                        new NewAccount(agent[0], agent[1], DemoDataSeeder.PASSWORD, EnumSet.of(Role.CS_AGENT), true));
            }
            return null;
        });
        UUID lead = id("lead@ks.demo");
        DemoDataSeeder.runAs(lead, "客服主管 孙悦", Set.of(Role.CS_AGENT, Role.CS_LEAD), () -> {
            Map<String, UUID> byCode =
                    teams.teams().stream().collect(Collectors.toMap(TeamSummary::code, TeamSummary::id));
            teams.enrol(id("agent@ks.demo"), Set.of(byCode.get("AFTERSALES"), byCode.get("PAYMENT_CREDIT")), 8);
            teams.enrol(id("agent2@ks.demo"), Set.of(byCode.get("AFTERSALES"), byCode.get("PRIVACY")), 8);
            teams.enrol(id("agent3@ks.demo"), Set.of(byCode.get("MERCHANT_SUPPORT"), byCode.get("PAYMENT_CREDIT")), 8);
            teams.enrol(lead, Set.copyOf(byCode.values()), 5);
            return byCode;
        });
        for (String agent : List.of("agent@ks.demo", "agent2@ks.demo", "agent3@ks.demo")) {
            asAgent(agent, a -> presence.setStatus(AgentStatus.ONLINE));
        }
        shopperTickets();
        merchantTickets();
    }

    private void shopperTickets() {
        UUID liming = id("shopper@ks.demo");
        List<OrderSummary> mine = asShopper(liming, "李明", () -> orders.myOrders(OrderTab.ALL, 0, 10));
        UUID orderId = mine.isEmpty() ? null : mine.getFirst().id();
        UUID shipping = ask(liming, "李明", TicketType.ORDER, orderId, "快递三天没有更新了，能帮忙催一下吗？");
        agent(shipping, id -> tickets.reply(id, "您好，已联系快递公司核实，包裹在中转站滞留，预计明天派送，请留意电话。", List.of()));
        UUID charged = ask(liming, "李明", TicketType.PAYMENT, null, "付款时支付宝扣了两次钱，订单只有一个。");
        agent(charged, id -> tickets.askForInformation(id, "您好，请提供两笔扣款的支付宝账单截图（含交易号），我们马上核对。"));
        ask(liming, "李明", TicketType.CREDIT_REVIEW, null, "先用后付额度评估为 500 元，我一直按时还款，申请人工复核。");
        UUID tracking = ask(liming, "李明", TicketType.OTHER, null, "在哪里能看到快递单号？");
        agent(tracking, id -> tickets.resolve(id, "您好，在订单详情页的包裹信息里可以看到快递公司和单号。"));

        UUID wangfang = id("wangfang@ks.demo");
        UUID kettle = ask(wangfang, "王芳", TicketType.COMPLAINT, null, "收到的电水壶底座漏电，手碰到被电了一下，差点受伤！要求退货并赔偿。");
        agent(kettle, id -> tickets.addNote(id, "涉及人身安全，已通知商家下架同批次商品，优先处理。", List.of()));
        UUID privacy = ask(wangfang, "王芳", TicketType.PRIVACY, null, "请删除我的浏览记录，并说明你们保存多久。");
        agent(privacy, id -> tickets.reply(id, "您好，已收到您的删除申请，我们会核实身份后处理，并在这里回复处理结果和保存期限。", List.of()));
        UUID phone = ask(wangfang, "王芳", TicketType.OTHER, null, "怎么修改绑定的手机号？旧号码已经不用了。");
        agent(phone, id -> tickets.resolve(id, "您好，已核实身份并为您更换了绑定手机号，请用新号码登录。"));
        asShopper(wangfang, "王芳", () -> {
            myTickets.rate(phone, 5, "回复很快，谢谢！");
            return null;
        });
        ask(wangfang, "王芳", TicketType.OTHER, null, "商品详情页的图片一直加载不出来。");

        UUID zhaolei = id("zhaolei@ks.demo");
        UUID invoice = ask(zhaolei, "赵磊", TicketType.OTHER, null, "发票抬头开错了，怎么重新开？");
        agent(invoice, id -> tickets.resolve(id, "您好，已转交商家按新抬头重开发票，商家处理后会在订单中更新。"));
        UUID quality = ask(zhaolei, "赵磊", TicketType.COMPLAINT, null, "买的运动鞋穿了一周就开胶，质量太差，商家不理人。");
        agent(quality, id -> tickets.setUrgency(id, Urgency.URGENT, "多次联系商家未果，用户情绪激动"));
        UUID coupon = ask(zhaolei, "赵磊", TicketType.PAYMENT, null, "满 300 减 30 的优惠券结算时没有抵扣。");
        agent(coupon, id -> tickets.addNote(id, "查看了券规则：仅限自营商品，用户购买的是第三方店铺。", List.of()));
        UUID merge = ask(zhaolei, "赵磊", TicketType.OTHER, null, "两个账号能合并吗？订单想放在一起看。");
        DemoDataSeeder.runAs(null, "demo-data", Set.of(Role.ADMIN), () -> {
            aging.dueIn(kettle, Duration.ofMinutes(35));
            aging.dueIn(merge, Duration.ofMinutes(-50));
            return null;
        });
    }

    private void merchantTickets() {
        UUID owner = id("merchant@ks.demo");
        UUID settlement = DemoDataSeeder.runAs(
                owner,
                "merchant@ks.demo",
                Set.of(Role.MERCHANT),
                () -> myTickets
                        .open(new OpenTicket(TicketType.MERCHANT, null, "11 月结算单的佣金金额和订单对不上，请帮忙核对。", List.of()))
                        .ticketId());
        agent(settlement, id -> tickets.askForInformation(id, "您好，请告知有差异的订单号，我们逐笔核对。"));
        UUID category = DemoDataSeeder.runAs(
                owner,
                "merchant@ks.demo",
                Set.of(Role.MERCHANT),
                () -> myTickets
                        .open(new OpenTicket(TicketType.MERCHANT, null, "想增加“智能穿戴”类目，需要哪些资质？", List.of()))
                        .ticketId());
        agent(category, id -> tickets.resolve(id, "您好，需要品牌授权书和 3C 认证证书，在“店铺资质”中提交即可。"));
    }

    private UUID ask(UUID shopper, String name, TicketType type, UUID orderId, String text) {
        return asShopper(
                shopper,
                name,
                () -> myTickets
                        .open(new OpenTicket(type, orderId, text, List.of()))
                        .ticketId());
    }

    /** Runs an agent's action on the ticket as the agent routing gave it to (or the lead, if it waits). */
    private void agent(UUID ticketId, Consumer<UUID> action) {
        UUID lead = id("lead@ks.demo");
        TicketDetail ticket = DemoDataSeeder.runAs(
                lead, "客服主管 孙悦", Set.of(Role.CS_AGENT, Role.CS_LEAD), () -> queries.ticket(ticketId));
        boolean waiting = ticket.summary().assigneeId() == null;
        UUID agent = waiting ? lead : ticket.summary().assigneeId();
        String name = waiting ? "客服主管 孙悦" : ticket.summary().assigneeName();
        Set<Role> roles = agent.equals(lead) ? Set.of(Role.CS_AGENT, Role.CS_LEAD) : Set.of(Role.CS_AGENT);
        DemoDataSeeder.runAs(agent, name, roles, () -> {
            action.accept(ticketId);
            return null;
        });
    }

    private void asAgent(String email, Consumer<UUID> action) {
        UUID agent = id(email);
        DemoDataSeeder.runAs(agent, email, Set.of(Role.CS_AGENT), () -> {
            action.accept(agent);
            return null;
        });
    }

    private <T> T asShopper(UUID shopper, String name, java.util.function.Supplier<T> work) {
        return DemoDataSeeder.runAs(shopper, name, Set.of(Role.SHOPPER), work);
    }

    private UUID id(String email) {
        return accountQueries.findByEmail(email).orElseThrow();
    }
}
