package com.ks.platform.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The demo shopper's orders were shipped while the demo was seeded: the bell in the header counts those messages, the
 * message centre lists them with links to the orders, and opening one leads to the order. Staff reach the same page
 * from their console's bell.
 */
class MessageCentreJourneyTest extends BrowserTest {

    private static final String PASSWORD = "ks-demo-2026";

    @Test
    void the_shopper_follows_the_bell_to_a_shipped_order() {
        signIn("shopper@ks.demo", PASSWORD);
        Locator bell = page.locator("a.ks-message-bell");
        assertThat(bell).hasAttribute("aria-label", Pattern.compile("消息中心，\\d+ 条未读"));

        bell.click();
        page.waitForURL("**/account/messages");
        settle();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("消息中心")))
                .isVisible();
        assertThat(page.getByText("邮件通知")).isVisible();
        shot("messages");

        newPage(375, 812, "zh-CN");
        signIn("shopper@ks.demo", PASSWORD);
        page.navigate("/account/messages");
        settle();
        shot("messages-phone");
        Locator orderNotice = page.getByRole(
                        AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^查看：你的订单")))
                .first();
        // newer notices (after-sales, tickets) come first: scroll the list as a person would until one about an order
        for (int row = 5; row < 200 && orderNotice.count() == 0; row += 5) {
            page.locator("vaadin-grid").first().evaluate("(grid, row) => grid.scrollToIndex(row)", row);
            settle();
        }
        orderNotice.click();
        page.waitForURL(Pattern.compile(".*/orders/[0-9a-f-]{36}$"));
        settle();
        shot("order");
    }

    @Test
    void a_merchant_opens_the_message_centre_from_the_console_bell() {
        signIn("merchant@ks.demo", PASSWORD);
        page.locator("a.ks-message-bell").click();
        page.waitForURL("**/account/messages");
        settle();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("消息中心")))
                .isVisible();
        shot("merchant-messages");
    }
}
