package com.ks.platform.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.ks.platform.TestMerchants;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * A new merchant's first hour, by what the screen says: sign up (one failed submit first), upload the licence and
 * submit it, get approved by the compliance officer, list a 颜色 × 尺码 product (2 × 3), correct its price, publish it;
 * a shopper buys it at phone width and pays; the merchant ships with a wrong, then a right tracking number.
 */
class NewMerchantFirstHourJourneyTest extends BrowserTest {

    private static final String PASSWORD = "good password 1";

    @Test
    void a_new_merchant_signs_up_gets_approved_lists_a_two_by_three_product_and_ships_a_phone_order() {
        String code = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String store = "新店" + code;
        String email = uniqueEmail("first-hour");
        String title = "纯棉圆领T恤 " + code;

        signUp(store, email);
        submitLicence();
        approve(store);
        String productUrl = listProduct(email, title);
        String orderNo = buyAtPhoneWidth(productUrl);
        ship(email, orderNo);
    }

    private void signUp(String store, String email) {
        page.navigate("/merchant-signup");
        settle();
        page.getByLabel("店铺名称").fill(store);
        page.getByLabel("主营类目").click();
        page.locator("vaadin-select-item")
                .filter(new Locator.FilterOptions().setHasText("服饰鞋包"))
                .first()
                .click();
        page.getByLabel("公司名称（与营业执照一致）").fill("首小时服饰有限公司");
        page.getByLabel("统一社会信用代码").fill(TestMerchants.uniqueCreditCode());
        page.getByLabel("法定代表人").fill("陈店主");
        page.getByLabel("联系电话").fill("13800138000");
        page.getByLabel("邮箱").fill(email);
        page.getByLabel("联系人姓名").fill("陈店主");
        page.getByLabel("密码").fill(PASSWORD);
        Locator submit = button("提交入驻申请");
        submit.click(); // the privacy box is still unticked
        settle();
        assertThat(page.getByText("请阅读并同意隐私政策。").first()).isVisible();
        assertThat(submit).isEnabled();
        page.getByRole(AriaRole.CHECKBOX).check();
        submit.click();
        page.waitForURL(url -> url.contains("/login"));
        settle();
        Locator form = page.locator("vaadin-login-form");
        assertThat(form.getByLabel("邮箱")).hasValue(email);
        form.getByLabel("密码").fill(PASSWORD);
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("登录"))
                .click();
        page.waitForURL(url -> !url.contains("/login"));
        settle();
        passSecondFactor(email); // a merchant owner is staff: an authenticator app before the portal opens
        page.waitForURL(url -> url.contains("/merchant/onboarding"));
        settle();
    }

    private void submitLicence() {
        assertThat(page.locator("#onboarding-stage")).hasText("资料待补充");
        assertThat(page.getByLabel("执照上的企业名称")).hasValue("首小时服饰有限公司");
        page.locator("vaadin-upload input[type=file]")
                .setInputFiles(new FilePayload("licence.png", "image/png", TestMerchants.png()));
        assertThat(page.getByText("已选择：licence.png")).isVisible();
        settle();
        button("保存文件").click();
        assertThat(page.getByText("文件已保存。")).isVisible();
        settle();
        assertThat(page.locator("#onboarding-stage")).hasText("待提交审核");
        button("提交审核").click();
        settle();
        assertThat(page.locator("#onboarding-stage")).hasText("审核中");
        shot("submitted");
    }

    private void approve(String store) {
        newPage(1366, 1200, "zh-CN");
        signIn("compliance@ks.demo", "ks-demo-2026");
        page.locator("vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(store))
                .first()
                .click();
        page.waitForURL(url -> url.contains("/compliance/review/"));
        settle();
        button("认领审核").click();
        settle();
        button("通过").click();
        settle();
        assertThat(page.getByText("已通过审核。")).isVisible();
    }

    /** Lists the product as a draft, corrects one price in the editor, publishes it; answers its storefront address. */
    private String listProduct(String email, String title) {
        newPage(1366, 1200, "zh-CN");
        signIn(email, PASSWORD);
        page.navigate("/merchant/products");
        settle();
        button("发布商品").first().click();
        page.waitForURL(url -> url.endsWith("/merchant/products/new"));
        settle();
        page.getByLabel("类目").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("男装"))
                .click();
        page.getByLabel("商品标题").fill(title);
        page.getByLabel("规格一（如 颜色）").fill("颜色");
        page.getByLabel("取值").nth(0).fill("黑色, 白色");
        page.getByLabel("规格二（如 容量）").fill("尺码");
        page.getByLabel("取值").nth(1).fill("M, L, XL");
        button("生成 SKU 表").click();
        settle();
        page.getByLabel("统一价格（元）").fill("59.00");
        page.getByLabel("统一库存").fill("20");
        button("批量设置").click();
        settle();
        assertThat(page.getByLabel("白色 / XL 价格")).hasValue("59.00");
        button("保存为草稿").click();
        // a saved draft opens in its editor (pictures can be uploaded now); the merchant goes back to the list
        page.waitForURL(url -> url.endsWith("/edit"));
        settle();
        page.navigate("/merchant/products");
        settle();
        page.locator("#merchant-products vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(title))
                .first()
                .click();
        page.waitForURL(url -> url.endsWith("/edit"));
        settle();
        String productId = page.url().replaceAll(".*/merchant/products/([^/]+)/edit$", "$1");
        page.getByLabel("黑色 / L 价格").fill("69.00");
        button("保存修改").click();
        page.waitForURL(url -> url.endsWith("/merchant/products"));
        settle();
        button("上架：" + title).click();
        settle();
        assertThat(button("下架：" + title)).isVisible();
        shot("published");
        return "/product/" + productId;
    }

    private String buyAtPhoneWidth(String productUrl) {
        newPage(390, 844, "zh-CN");
        signIn("shopper@ks.demo", "ks-demo-2026");
        page.navigate(productUrl);
        settle();
        button("黑色").click();
        button("L").click();
        settle();
        assertThat(page.locator(".ks-buy-panel .ks-price-large")).containsText("69.00");
        button("立即购买").click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        dialog.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("支付宝"))
                .click();
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("确认购买"))
                .click();
        page.waitForURL(url -> url.contains("/pay/"));
        settle();
        button("去支付").click();
        settle();
        // the demo shopper buys a lot in one test run: risk control may ask for the password first, as a shopper sees
        Locator challenge = page.getByRole(AriaRole.DIALOG).filter(new Locator.FilterOptions().setHasText("安全验证"));
        if (challenge.count() > 0) {
            challenge.getByLabel("登录密码").fill("ks-demo-2026");
            challenge
                    .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("确认并支付"))
                    .click();
        }
        page.waitForURL(url -> url.contains("/sandbox-pay/"));
        settle();
        button("确认支付").click();
        settle();
        button("返回商户").click();
        page.waitForURL(url -> url.matches(".*/orders(/.*)?$"));
        settle();
        page.navigate("/orders?tab=TO_SHIP");
        settle();
        Locator card = page.locator(".ks-order-card").first();
        assertThat(card).containsText("黑色");
        var matcher = java.util.regex.Pattern.compile("KS[0-9A-Z]+").matcher(card.innerText());
        org.assertj.core.api.Assertions.assertThat(matcher.find()).isTrue();
        shot("bought");
        return matcher.group();
    }

    private void ship(String email, String orderNo) {
        newPage(1366, 900, "zh-CN");
        signIn(email, PASSWORD);
        page.navigate("/merchant/orders");
        settle();
        button("为订单 " + orderNo + " 发货").click();
        settle();
        page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("快递公司"))
                .fill("顺丰速运");
        page.keyboard().press("Enter");
        Locator tracking = page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("运单号"));
        tracking.fill("SF1234");
        button("确认发货").click();
        settle();
        // the refusal says what the carrier's numbers look like
        assertThat(page.getByText("SF123456789012").first()).isVisible();
        tracking.fill("SF" + String.format("%012d", ThreadLocalRandom.current().nextLong(1_000_000_000_000L)));
        button("确认发货").click();
        settle();
        assertThat(page.getByText("已发货，买家可查看物流")).isVisible();
        shot("shipped");
    }

    private Locator button(String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
