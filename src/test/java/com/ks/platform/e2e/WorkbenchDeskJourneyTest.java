package com.ks.platform.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.ks.platform.support.QueueFilter;
import com.ks.platform.support.TicketQueries;
import com.ks.platform.support.TicketSummary;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** The agent's day in the browser: the live queue, a ticket with the person's context, a macro sent as the reply. */
class WorkbenchDeskJourneyTest extends BrowserTest {

    private static final String PASSWORD = "ks-demo-2026";

    @Autowired
    TicketQueries queries;

    @Test
    void the_agent_works_a_ticket_from_the_queue_with_a_macro_beside_the_customers_orders() {
        signIn("agent@ks.demo", PASSWORD);
        page.navigate("/workbench/tickets");
        settle();
        page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions().setName("团队"))
                .click();
        settle();
        assertThat(page.locator("vaadin-grid")).isVisible();
        shot("queue");

        actAs("agent@ks.demo");
        TicketSummary ticket = queries.teamQueue(QueueFilter.ANY, 0, 50).stream()
                .filter(t -> t.status().active() && t.orderNo() == null)
                .findFirst()
                .orElseThrow();
        SecurityContextHolder.clearContext();
        page.navigate("/workbench/tickets/" + ticket.id());
        settle();
        assertThat(page.getByRole(
                        AriaRole.HEADING, new com.microsoft.playwright.Page.GetByRoleOptions().setName("先用后付")))
                .isVisible();
        assertThat(page.getByText("键盘快捷键")).isVisible();
        shot("ticket");
    }
}
