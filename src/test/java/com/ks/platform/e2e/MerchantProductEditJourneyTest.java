package com.ks.platform.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.ks.platform.catalog.TestCatalog;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A merchant opens a saved product from the product list by clicking its row, corrects its title and the price of one
 * SKU, and the shop's product page shows both.
 */
class MerchantProductEditJourneyTest extends BrowserTest {

    @Autowired
    TestCatalog testCatalog;

    @Test
    void a_merchant_corrects_a_title_and_a_price_from_the_product_list() {
        String code = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        actAs("merchant@ks.demo");
        UUID id = testCatalog.twoByTwo("随行保温杯 " + code);
        SecurityContextHolder.clearContext();

        signIn("merchant@ks.demo", "ks-demo-2026");
        page.navigate("/merchant/products");
        settle();
        Locator titles = page.locator("#merchant-products vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("保温杯"));
        assertThat(titles.first()).isVisible();
        Locator rows = page.locator("#merchant-products vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("编辑"));
        // the list fills the screen: more than one product is inside the grid's visible box, not cut off below row one
        assertThat(rows.nth(1)).isVisible();
        var grid = page.locator("#merchant-products").boundingBox();
        var second = rows.nth(1).boundingBox();
        org.assertj.core.api.Assertions.assertThat(second.y + second.height).isLessThanOrEqualTo(grid.y + grid.height);
        org.assertj.core.api.Assertions.assertThat(grid.y + grid.height).isGreaterThan(900 * 0.75);
        shot("list");

        titles.filter(new Locator.FilterOptions().setHasText(code)).first().click();
        page.waitForURL(url -> url.endsWith("/merchant/products/" + id + "/edit"));
        settle();
        Locator title = page.getByLabel("商品标题");
        assertThat(title).hasValue("随行保温杯 " + code);
        title.fill("随行保温杯 Pro " + code);
        // two photos chosen at once arrive as two compact tiles
        page.locator("vaadin-upload input[type=file]")
                .setInputFiles(new FilePayload[] {photo("red.png", Color.RED), photo("blue.png", Color.BLUE)});
        assertThat(page.locator(".ks-image-tile")).hasCount(2);
        settle();
        page.getByLabel("红色 / M 价格").fill("129.00");
        // the console scrolls inside its content area: a tall window shows the whole editor in one picture
        page.setViewportSize(1366, 1750);
        title.scrollIntoViewIfNeeded();
        shot("editor");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存修改"))
                .click();
        page.waitForURL(url -> url.endsWith("/merchant/products"));
        settle();
        assertThat(page.getByText("随行保温杯 Pro " + code).first()).isVisible();

        page.navigate("/product/" + id);
        settle();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("随行保温杯 Pro " + code)))
                .isVisible();
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("红色").setExact(true))
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("M").setExact(true))
                .click();
        settle();
        assertThat(page.locator(".ks-buy-panel .ks-price-large")).containsText("129.00");
    }

    private static FilePayload photo(String name, Color colour) {
        BufferedImage image = new BufferedImage(320, 320, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 320, 320);
        g.setColor(colour);
        g.fillOval(40, 40, 240, 240);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new FilePayload(name, "image/png", png.toByteArray());
    }
}
