package com.ks.platform.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.ks.platform.aftersales.TestPurchases;
import com.ks.platform.aftersales.TestPurchases.Purchase;
import com.ks.platform.catalog.TestCatalog;
import com.ks.platform.ordering.OrderQueries;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The no-reason return loop, by what the screens say: the shopper applies from the order page and reads the rules
 * before submitting; the merchant approves with the return address; the shopper sends the parcel back; the merchant
 * confirms it arrived and passes the inspection; the shopper sees the refund, and the unit is back in stock.
 */
class AfterSalesReturnJourneyTest extends BrowserTest {

    private static final String RETURN_ADDRESS = "杭州市西湖区文三路 90 号 售后部 陈收 13800138000";

    @Autowired
    ApplicationContext spring;

    @Autowired
    TestCatalog catalog;

    @Autowired
    OrderQueries orders;

    @Test
    void a_shopper_returns_a_delivered_item_without_a_reason_and_gets_the_money_back() {
        // the purchase is set up through the services: the after-sales screens are this journey's point
        Purchase purchase = new TestPurchases(spring, this::actAs).delivered(1, null);
        var sku = purchase.product().skus().getFirst().id();
        int stockAfterSale = catalog.stockOf(sku);

        String caseUrl = apply(purchase);
        approve(purchase);
        sendBack(purchase, caseUrl);
        receiveAndInspect(purchase);

        newPage(1366, 900, "zh-CN");
        signIn(purchase.shopper(), TestPurchases.SHOPPER_PASSWORD);
        showCase(caseUrl, "退款成功");
        assertThat(page.locator(".ks-case-timeline")).containsText("退款处理中");
        org.assertj.core.api.Assertions.assertThat(catalog.stockOf(sku)).isEqualTo(stockAfterSale + 1);
    }

    /** 我的订单 → the order → 申请售后 on its line; answers the case page's address. */
    private String apply(Purchase purchase) {
        signIn(purchase.shopper(), TestPurchases.SHOPPER_PASSWORD);
        page.navigate("/orders");
        settle();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("查看详情：订单 " + orderNo(purchase)))
                .click();
        page.waitForURL(url -> url.contains("/orders/" + purchase.orderId()));
        settle();
        button("申请售后").click();
        page.waitForURL(url -> url.contains("/after-sales/apply/"));
        settle();
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("退货退款"))
                .check();
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("七天无理由退货"))
                .check();
        settle();
        Locator rules = page.locator(".ks-apply-rules");
        assertThat(rules).containsText("可申请至");
        assertThat(rules).containsText("无理由退货的寄回运费由买家承担");
        assertThat(rules).containsText("退款金额：¥50.00");
        page.getByLabel("问题描述").fill("尺寸不合适，未拆封");
        shot("apply");
        button("提交申请").click();
        page.waitForURL(url -> url.matches(".*/after-sales/[0-9a-f-]{36}$"));
        settle();
        assertThat(page.locator(".ks-case-state")).hasText("等待商家处理");
        shot("case-requested");
        return page.url().replaceFirst("^https?://[^/]+", "");
    }

    private void approve(Purchase purchase) {
        newPage(1366, 900, "zh-CN");
        signIn(purchase.shop(), TestPurchases.SHOP_PASSWORD);
        page.navigate("/merchant/after-sales");
        settle();
        Locator row =
                page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("七天无理由退货"));
        assertThat(row.first()).isVisible();
        shot("merchant-queue");
        row.first().click();
        page.waitForURL(url -> url.matches(".*/merchant/after-sales/[0-9a-f-]{36}$"));
        settle();
        page.locator(".ks-case-actions").getByLabel("退货地址").fill(RETURN_ADDRESS);
        shot("merchant-case");
        button("同意").click();
        settle();
        assertThat(page.locator(".ks-case-state")).hasText("商家已同意，请寄回商品");
    }

    private void sendBack(Purchase purchase, String caseUrl) {
        newPage(1366, 900, "zh-CN");
        signIn(purchase.shopper(), TestPurchases.SHOPPER_PASSWORD);
        page.navigate(caseUrl);
        settle();
        assertThat(page.locator(".ks-case-header")).containsText(RETURN_ADDRESS);
        page.getByLabel("快递公司").click();
        page.locator("vaadin-select-item")
                .filter(new Locator.FilterOptions().setHasText("顺丰速运"))
                .first()
                .click();
        String trackingNo = TestPurchases.trackingNo();
        page.getByLabel("运单号").fill(trackingNo);
        button("填写退货单号").click();
        settle();
        assertThat(page.locator(".ks-case-state")).hasText("退货已寄出");
        assertThat(page.locator(".ks-case-return-parcel")).containsText(trackingNo);
    }

    private void receiveAndInspect(Purchase purchase) {
        newPage(1366, 900, "zh-CN");
        signIn(purchase.shop(), TestPurchases.SHOP_PASSWORD);
        page.navigate("/merchant/after-sales");
        settle();
        page.locator("vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("退货已寄出"))
                .first()
                .click();
        page.waitForURL(url -> url.matches(".*/merchant/after-sales/[0-9a-f-]{36}$"));
        settle();
        button("确认收到退货").click();
        settle();
        assertThat(page.locator(".ks-case-state")).hasText("商家已收货，验货中");
        page.getByLabel("验货说明").fill("包装完好，配件齐全");
        button("验货通过并退款").click();
        settle();
        assertThat(page.locator(".ks-case-timeline")).containsText("包装完好，配件齐全");
    }

    private String orderNo(Purchase purchase) {
        return new TestPurchases(spring, this::actAs)
                .as(purchase.shopper(), () -> orders.myOrder(purchase.orderId()).orderNo());
    }

    /** The refund is settled after commit, on its own thread: the page is reloaded until it shows. */
    private void showCase(String caseUrl, String state) {
        for (int i = 0; i < 20; i++) {
            page.navigate(caseUrl);
            settle();
            if (page.locator(".ks-case-state").innerText().equals(state)) {
                break;
            }
            page.waitForTimeout(500);
        }
        assertThat(page.locator(".ks-case-state")).hasText(state);
        shot("case-refunded");
    }

    private Locator button(String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
