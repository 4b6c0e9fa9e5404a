package com.ks.platform.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.ks.platform.catalog.ProductDetails;
import com.ks.platform.catalog.TestCatalog;
import com.ks.platform.identity.AddressQueries;
import com.ks.platform.ordering.Carrier;
import com.ks.platform.ordering.CheckoutOrigin;
import com.ks.platform.ordering.DeliveryOption;
import com.ks.platform.ordering.DevPayments;
import com.ks.platform.ordering.OrderFulfilment;
import com.ks.platform.ordering.OrderingService;
import com.ks.platform.ordering.PaymentMethod;
import com.ks.platform.ordering.PlaceOrder;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A demo shopper's order of a new product arrives; in Chromium they confirm receipt, review it with a photo (晒单),
 * and the product page shows the rating, the distribution and the photo; its shop card leads to the shop page. The
 * review section and the shop page are kept in docs/screenshots.
 */
class ReviewJourneyTest extends BrowserTest {

    private static final String BUYER = "zhaolei@ks.demo";

    @Autowired
    TestCatalog catalog;

    @Autowired
    AddressQueries addresses;

    @Autowired
    OrderingService ordering;

    @Autowired
    DevPayments payments;

    @Autowired
    OrderFulfilment fulfilment;

    @Test
    void a_buyer_receives_an_order_reviews_it_with_a_photo_and_the_rating_shows_on_the_product() throws Exception {
        ProductDetails product = as("home@ks.demo", () -> catalog.publish("评价旅程 香薰蜡烛", 5, 20, 6_900));
        UUID orderId = boughtAndShipped(product);

        signIn(BUYER, "ks-demo-2026");
        page.navigate("/orders/" + orderId);
        settle();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("确认收货"))
                .first()
                .click();
        page.locator("vaadin-confirm-dialog-overlay, vaadin-confirm-dialog")
                .getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("确认收货"))
                .last()
                .click();
        settle();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("评价").setExact(true))
                .click();
        settle();
        for (String aspect : List.of("总体评分", "商品质量", "物流速度", "服务态度")) {
            page.getByLabel(aspect + "：5 星").click();
        }
        page.getByLabel("评价内容").fill("香味很淡雅，燃烧均匀，包装精美，送人很合适。");
        page.locator("vaadin-upload input[type=file]")
                .setInputFiles(new FilePayload("candle.png", "image/png", photo()));
        assertThat(page.getByAltText("已选照片 1")).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("发表评价"))
                .click();
        settle();
        assertThat(page.getByText("香味很淡雅，燃烧均匀，包装精美，送人很合适。")).isVisible();

        page.navigate("/product/" + product.id());
        settle();
        var reviews = page.locator(".ks-product-reviews");
        assertThat(reviews.locator(".ks-review-average")).hasText("5.0");
        assertThat(reviews).containsText("好评率 100%");
        assertThat(reviews.getByAltText("赵** 的晒单照片 1")).isVisible();
        reviews.scrollIntoViewIfNeeded();
        Files.createDirectories(Path.of("docs", "screenshots"));
        reviews.screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                .setPath(Path.of("docs", "screenshots", "product-reviews.png")));
        shot("reviews");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("进入店铺"))
                .click();
        settle();
        assertThat(page.locator(".ks-shop-header")).containsText("悦居家居生活馆");
        assertThat(page.locator(".ks-shop-header")).containsText("营业执照信息");
        assertThat(page.locator(".ks-product-card").first()).isVisible();
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("docs", "screenshots", "shop.png"))
                .setFullPage(true));
    }

    /** A photo worth looking at in the screenshot: warm candlelight colours. */
    private static byte[] photo() {
        var image = new java.awt.image.BufferedImage(240, 240, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setPaint(
                new java.awt.GradientPaint(0, 0, new java.awt.Color(0xfde68a), 240, 240, new java.awt.Color(0xb45309)));
        g.fillRect(0, 0, 240, 240);
        g.setColor(new java.awt.Color(0xfffbeb));
        g.fillRoundRect(80, 90, 80, 110, 16, 16);
        g.setColor(new java.awt.Color(0xf59e0b));
        g.fillOval(108, 50, 24, 36);
        g.dispose();
        try (var out = new java.io.ByteArrayOutputStream()) {
            javax.imageio.ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Bought and paid by the buyer, shipped by the shop (through the services: the journey starts at the door). */
    private UUID boughtAndShipped(ProductDetails product) {
        var sku = product.skus().getFirst();
        UUID orderId = as(BUYER, () -> {
            var placed = ordering.place(new PlaceOrder(
                    UUID.randomUUID(),
                    CheckoutOrigin.BUY_NOW,
                    List.of(new PlaceOrder.Item(sku.id(), 1, sku.priceFen())),
                    addresses.myDefault().orElseThrow().id(),
                    DeliveryOption.STANDARD,
                    PaymentMethod.ALIPAY));
            payments.payMyCheckout(placed.checkoutId(), PaymentMethod.ALIPAY);
            return placed.orderIds().getFirst();
        });
        String trackingNo = "SF" + ThreadLocalRandom.current().nextLong(100_000_000_000L, 1_000_000_000_000L);
        as("home@ks.demo", () -> fulfilment.ship(orderId, Carrier.SF, trackingNo, Map.of()));
        return orderId;
    }
}
