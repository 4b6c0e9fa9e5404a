package com.ks.platform.web.demo;

import com.ks.platform.catalog.CatalogQueries;
import com.ks.platform.catalog.ProductDetails;
import com.ks.platform.catalog.ProductService;
import com.ks.platform.catalog.Sku;
import com.ks.platform.identity.AccountQueries;
import com.ks.platform.identity.Role;
import com.ks.platform.ordering.OrderDetails;
import com.ks.platform.review.ReportReason;
import com.ks.platform.review.ReviewModeration;
import com.ks.platform.review.ReviewService;
import com.ks.platform.review.WriteReview;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.springframework.stereotype.Component;

/**
 * Reviews from two demo shoppers who bought from the digital shop (ordered, paid, shipped, received — through the
 * services, so the ratings reach the catalog by the same event as real ones), some with photos, one answered by the
 * shop. The demo shopper's own completed order stays unreviewed, to try 评价 by hand.
 */
@Component
class DemoReviews {

    /** Who, which of the shop's products, stars, text and how many photos. */
    private record Planned(int product, int stars, String body, int photos) {}

    private static final Map<String, List<Planned>> PLAN = Map.of(
            "wangfang@ks.demo",
            List.of(
                    new Planned(0, 5, "做工很精致，手感好，物流第二天就到了，包装也很用心。", 2),
                    new Planned(1, 4, "整体不错，和描述一致，就是颜色比图片稍深一点。", 1),
                    new Planned(2, 5, "第二次回购了，品质稳定，客服回复也及时。", 0)),
            "zhaolei@ks.demo",
            List.of(
                    new Planned(0, 4, "性价比高，用了一周没发现问题，推荐。", 1),
                    new Planned(1, 3, "东西还行，快递有点慢，外包装有压痕。", 0),
                    new Planned(2, 5, "比实体店便宜，正品，发货快。", 1)));

    private static final Color[] PHOTO_COLOURS = {
        new Color(0x1f2937), new Color(0x0e7490), new Color(0xb45309), new Color(0x4d7c0f)
    };

    private final AccountQueries accounts;
    private final ProductService products;
    private final CatalogQueries catalog;
    private final DemoPurchases purchases;
    private final ReviewService reviews;
    private final ReviewModeration moderation;

    DemoReviews(
            AccountQueries accounts,
            ProductService products,
            CatalogQueries catalog,
            DemoPurchases purchases,
            ReviewService reviews,
            ReviewModeration moderation) {
        this.moderation = moderation;
        this.accounts = accounts;
        this.products = products;
        this.catalog = catalog;
        this.purchases = purchases;
        this.reviews = reviews;
    }

    void load(String merchantEmail) {
        UUID merchant = accounts.findByEmail(merchantEmail).orElseThrow();
        List<ProductDetails> shopProducts = DemoOrders.stockedProducts(products, catalog, merchant, merchantEmail, 3);
        if (shopProducts.size() < 3) {
            return;
        }
        UUID firstReview = null;
        UUID lukewarm = null;
        for (var entry : PLAN.entrySet()) {
            UUID shopper = accounts.findByEmail(entry.getKey()).orElseThrow();
            for (Planned planned : entry.getValue()) {
                UUID reviewId =
                        buyAndReview(shopper, merchant, merchantEmail, shopProducts.get(planned.product()), planned);
                if (firstReview == null && planned.stars() < 5) {
                    firstReview = reviewId;
                }
                if (planned.stars() == 3) {
                    lukewarm = reviewId;
                }
            }
        }
        readersReact(firstReview, lukewarm);
        UUID answered = firstReview;
        DemoDataSeeder.runAs(merchant, merchantEmail, Set.of(Role.MERCHANT), () -> {
            reviews.reply(answered, "感谢您的反馈，我们会继续改进，期待再次光临！");
            return null;
        });
    }

    /** Readers found one review helpful, and one reader reported another: the officers' queue has a case to decide. */
    private void readersReact(UUID helpful, UUID reported) {
        UUID reader = accounts.findByEmail("shopper@ks.demo").orElseThrow();
        DemoDataSeeder.runAs(reader, "demo reader", Set.of(Role.SHOPPER), () -> {
            moderation.toggleHelpful(helpful);
            moderation.report(reported, ReportReason.IRRELEVANT, "这条说的是快递，不是商品本身");
            return null;
        });
    }

    private UUID buyAndReview(
            UUID shopper, UUID merchant, String merchantEmail, ProductDetails product, Planned planned) {
        Sku sku = DemoOrders.stockedSku(product);
        OrderDetails order = purchases.received(shopper, "demo buyer", merchant, merchantEmail, sku);
        return DemoDataSeeder.runAs(shopper, "demo buyer", Set.of(Role.SHOPPER), () -> {
            List<byte[]> photos = java.util.stream.IntStream.range(0, planned.photos())
                    .mapToObj(i -> photo(product.title(), PHOTO_COLOURS[(i + planned.stars()) % PHOTO_COLOURS.length]))
                    .toList();
            return reviews.write(new WriteReview(
                    order.id(),
                    order.lines().getFirst().id(),
                    planned.stars(),
                    planned.stars(),
                    Math.min(5, planned.stars() + 1),
                    5,
                    planned.body(),
                    photos));
        });
    }

    /** A tidy generated 晒单 photo: a soft gradient in the product's colour with its name (no real photos here). */
    static byte[] photo(String title, Color colour) {
        BufferedImage image = new BufferedImage(480, 480, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, colour.brighter(), 480, 480, colour.darker()));
        g.fillRect(0, 0, 480, 480);
        g.setColor(new Color(255, 255, 255, 200));
        g.fillRoundRect(90, 120, 300, 240, 40, 40);
        g.setColor(colour.darker());
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 28));
        String label = title.length() > 10 ? title.substring(0, 10) : title;
        g.drawString(label, 110, 250);
        g.dispose();
        try (var out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
