package com.ks.platform.support;

import com.ks.platform.KaribuTest;
import com.ks.platform.aftersales.TestPurchases;
import com.ks.platform.aftersales.TestPurchases.Purchase;
import com.ks.platform.catalog.ReturnExclusion;
import com.ks.platform.identity.AccountQueries;
import com.ks.platform.identity.AccountService;
import com.ks.platform.identity.NewAccount;
import com.ks.platform.identity.Role;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Each test's own shoppers, orders, teams and agents, so tests never depend on one another's tickets. */
abstract class SupportTestSupport extends KaribuTest {

    static final String ADMIN = "admin@ks.demo";
    static final String LEAD = "lead@ks.demo";
    static final String PASSWORD = "good password 2026";

    @Autowired
    ApplicationContext context;

    @Autowired
    AccountService accountService;

    @Autowired
    AccountQueries accountQueries;

    @Autowired
    MyTickets myTickets;

    @Autowired
    Tickets tickets;

    @Autowired
    TicketQueries queries;

    @Autowired
    SupportTeams teams;

    @Autowired
    AgentPresence presence;

    TestPurchases purchases() {
        return new TestPurchases(context, this::actAs);
    }

    Purchase paidOrder() {
        return purchases().paid(1, (ReturnExclusion) null);
    }

    String shopper() {
        return purchases().newShopper();
    }

    UUID idOf(String email) {
        return accountQueries.findByEmail(email).orElseThrow();
    }

    /** A new customer-service account (made by the administrator), not yet in a team. */
    String agentAccount(String name, Role... more) {
        String email = uniqueEmail("agent");
        EnumSet<Role> roles = EnumSet.of(Role.CS_AGENT);
        roles.addAll(List.of(more));
        run(ADMIN, () -> accountService.createStaffAccount(new NewAccount(email, name, PASSWORD, roles, true)));
        return email;
    }

    /** A team of the test's own (by the demo lead). */
    UUID newTeam() {
        String code = "T"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
        return as(LEAD, () -> teams.createTeam(code, "测试组 " + code, Set.of(TicketType.ORDER)));
    }

    /** A new agent in the team with the limit, ONLINE. */
    String onlineAgent(UUID team, String name, int maxOpen) {
        String email = agentAccount(name);
        run(LEAD, () -> teams.enrol(idOf(email), Set.of(team), maxOpen));
        run(email, () -> presence.setStatus(AgentStatus.ONLINE));
        return email;
    }

    Opened ask(String shopper, TicketType type, UUID orderId, String text) {
        return as(shopper, () -> myTickets.open(new OpenTicket(type, orderId, text, List.of())));
    }

    /** Moves a ticket into the test's team (as the lead), where its agents pick it up. */
    void transferTo(UUID ticketId, UUID team) {
        run(LEAD, () -> tickets.transfer(ticketId, team, null, "测试分组"));
    }

    TicketDetail detail(UUID ticketId) {
        return as(LEAD, () -> queries.ticket(ticketId));
    }
}
