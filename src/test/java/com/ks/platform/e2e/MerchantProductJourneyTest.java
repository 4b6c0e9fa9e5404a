package com.ks.platform.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A merchant creates a product with a 2 × 2 spec matrix, publishes it, and a shopper's search finds it. */
class MerchantProductJourneyTest extends BrowserTest {

    @Test
    void a_merchant_publishes_a_two_by_two_product_that_search_then_finds() {
        String title = "便携蓝牙音箱 " + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        signIn("merchant@ks.demo", "ks-demo-2026");
        page.navigate("/merchant/products/new");
        settle();
        page.getByLabel("类目").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("耳机音响"))
                .click();
        page.getByLabel("商品标题").fill(title);
        page.getByLabel("规格一（如 颜色）").fill("颜色");
        page.getByLabel("取值").nth(0).fill("雪白, 墨黑");
        page.getByLabel("规格二（如 容量）").fill("版本");
        page.getByLabel("取值").nth(1).fill("标准版, 增强版");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("生成 SKU 表"))
                .click();
        settle();
        // each SKU input is named after its row ("雪白 / 350ml 价格")
        Locator prices = page.getByLabel(java.util.regex.Pattern.compile(" 价格$"));
        Locator stocks = page.getByLabel(java.util.regex.Pattern.compile(" 库存$"));
        assertThat(prices).hasCount(4);
        for (int i = 0; i < 4; i++) {
            prices.nth(i).fill(Integer.toString(79 + 10 * i));
            stocks.nth(i).fill("30");
        }
        shot("editor");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存为草稿"))
                .click();
        // the saved draft opens in the editor, where photos can now be uploaded
        page.waitForURL(url -> url.endsWith("/edit"));
        page.navigate("/merchant/products");
        settle();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("上架：" + title))
                .click();
        settle();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("下架：" + title)))
                .isVisible();
        shot("products");

        page.navigate("/search?q=" + java.net.URLEncoder.encode(title, java.nio.charset.StandardCharsets.UTF_8));
        settle();
        for (int attempt = 0; attempt < 10 && page.getByText(title).count() == 0; attempt++) {
            page.waitForTimeout(1000);
            page.reload();
            settle();
        }
        assertThat(page.getByText(title).first()).isVisible();
        shot("found");
    }
}
