package com.ks.platform.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.ks.platform.ordering.OrderQueries;
import com.ks.platform.ordering.OrderSummary;
import com.ks.platform.ordering.OrderTab;
import com.ks.platform.support.SupportRoutes;
import com.ks.platform.support.TicketQueries;
import com.ks.platform.support.TicketSummary;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A question from the help centre reaches the desk and its answer reaches the shopper: the lead's filtered queue shows
 * the new ticket by push (no reload), the reply is written with a macro that fills in the order number, and the shopper
 * reads it from the message centre.
 */
class SupportAnswerJourneyTest extends BrowserTest {

    private static final String DEMO_PASSWORD = "ks-demo-2026";
    private static final String SHOPPER = "shopper@ks.demo";

    @Autowired
    ApplicationContext spring;

    @Test
    void a_shoppers_question_appears_live_in_the_queue_is_answered_with_a_macro_and_read_in_the_message_centre() {
        // one of the demo shopper's orders no ticket is about yet, so the question opens a ticket of its own
        actAs(SHOPPER);
        Set<String> asked = spring.getBean(TicketQueries.class).myTickets(0, 100).stream()
                .map(TicketSummary::orderNo)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        OrderSummary order = spring.getBean(OrderQueries.class).myOrders(OrderTab.ALL, 0, 50).stream()
                .filter(o -> !asked.contains(o.orderNo()))
                .findFirst()
                .orElseThrow();
        SecurityContextHolder.clearContext();
        String orderNo = order.orderNo();
        String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        String question = "付款三天了还没发货 " + tag;

        Page desk = page;
        signIn("lead@ks.demo", DEMO_PASSWORD);
        desk.navigate("/" + SupportRoutes.WORKBENCH_TICKETS);
        settle();
        desk.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("全部")).click();
        settle();
        desk.getByLabel("搜索").first().fill(tag);
        settle();

        BrowserContext shopperContext = context.browser()
                .newContext(new Browser.NewContextOptions()
                        .setViewportSize(1366, 900)
                        .setLocale("zh-CN")
                        .setBaseURL(baseUrl()));
        try {
            page = shopperContext.newPage();
            signIn(SHOPPER, DEMO_PASSWORD);
            page.navigate("/" + SupportRoutes.contactAbout(order.id()));
            settle();
            page.getByLabel("问题描述").fill(question);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交"))
                    .click();
            assertThat(page.getByText(Pattern.compile("已提交，工单号"))).isVisible();
            Page shopper = page;

            page = desk;
            Locator row = desk.locator("vaadin-grid-cell-content").getByText(question);
            assertThat(row)
                    .isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions()
                            .setTimeout(15_000));
            shot("queue");
            row.click();
            desk.waitForURL(Pattern.compile(".*/workbench/tickets/[0-9a-f-]{36}$"));
            settle();
            desk.getByLabel("快捷回复").fill("催发货");
            desk.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(Pattern.compile("^催发货")))
                    .click();
            settle();
            assertThat(desk.getByLabel("回复内容")).hasValue(Pattern.compile(orderNo));
            shot("ticket");
            desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("发送回复"))
                    .click();
            assertThat(desk.getByText("回复已发送")).isVisible();

            page = shopper;
            shopper.navigate("/account/messages");
            settle();
            Locator notice = shopper.getByText(Pattern.compile("客服回复了您的工单"));
            assertThat(notice.first()).isVisible();
            shopper.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^查看：客服回复了您的工单")))
                    .first()
                    .click();
            shopper.waitForURL(Pattern.compile(".*/account/tickets/[0-9a-f-]{36}$"));
            settle();
            assertThat(shopper.getByText(Pattern.compile("您的订单 " + orderNo + " 我们已联系")))
                    .isVisible();
            shot("answer");
        } finally {
            page = desk;
            shopperContext.close();
        }
    }
}
