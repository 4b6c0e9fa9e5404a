package com.ks.platform.web.demo;

import com.ks.platform.catalog.CatalogQueries;
import com.ks.platform.catalog.ProductService;
import com.ks.platform.catalog.Sku;
import com.ks.platform.identity.AccountQueries;
import com.ks.platform.identity.AccountService;
import com.ks.platform.identity.AddressForm;
import com.ks.platform.identity.AddressQueries;
import com.ks.platform.identity.AddressService;
import com.ks.platform.identity.RegisterShopper;
import com.ks.platform.identity.Role;
import com.ks.platform.ordering.Carrier;
import com.ks.platform.ordering.OrderFulfilment;
import com.ks.platform.ordering.OrderPayments;
import com.ks.platform.ordering.OrderQueries;
import com.ks.platform.ordering.OrderingService;
import com.ks.platform.ordering.PaymentMethod;
import com.ks.platform.payment.SandboxDemoPayments;
import com.ks.platform.review.ReviewService;
import com.ks.platform.review.WriteReview;
import com.ks.platform.shared.BusinessTime;
import com.ks.platform.shared.DomainException;
import java.awt.Color;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * About 90 days of shop history so the merchant dashboards, hot lists and recommendations look alive on first start:
 * demo shoppers buy from the four approved shops every day, pay within minutes, the shops ship within a day or so,
 * the shoppers sign for it days later and about half of them review (some with photos, their words drawing review
 * tags). All of it through the services, each step at its own past moment (see {@link DemoClock}); what would lie in
 * the future stays undone (recent orders are still on their way or unreviewed). A fixed seed makes every first start
 * the same. {@code ks.demo.history-days} = 0 leaves the history out.
 */
@Component
@ConditionalOnProperty(name = "ks.demo.enabled", havingValue = "true")
class DemoHistory {

    private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);

    private static final List<String> SHOPS =
            List.of("merchant@ks.demo", "home@ks.demo", "fruit@ks.demo", "sports@ks.demo");

    /** The digital shop sells most, the fruit shop on weekends: relative weights per shop. */
    private static final int[] SHOP_WEIGHTS = {5, 3, 2, 2};

    private record Buyer(String email, String name, AddressForm address) {}

    private static final List<Buyer> BUYERS = List.of(
            buyer("history1@ks.demo", "陈晨", "330000", "330100", "330106", "文一西路 969 号 5 号楼 302"),
            buyer("history2@ks.demo", "刘洁", "310000", "310100", "310115", "世纪大道 100 号 21 楼"),
            buyer("history3@ks.demo", "黄磊", "110000", "110100", "110105", "望京街 10 号 B 座 1106"),
            buyer("history4@ks.demo", "周婷", "510000", "510100", "510107", "天府大道北段 1700 号 2 栋 801"),
            buyer("history5@ks.demo", "吴昊", "330000", "330100", "330106", "教工路 18 号 3 单元 501"),
            buyer("history6@ks.demo", "郑雪", "310000", "310100", "310115", "张杨路 500 号 12 楼"));

    /** Praise per shop (in {@link #SHOPS} order), so a speaker is not praised for its taste. */
    private static final List<List<String>> PRAISE = List.of(
            List.of(
                    "物流很快，第二天就到了，质量很好，做工精细，五星好评！",
                    "包装严实，和描述一致，性价比高，音质超出预期。",
                    "第三次回购了，品质不错，客服态度好，发货快。",
                    "颜值高，使用方便，续航也很给力。",
                    "和描述一致，做工扎实，连接稳定，推荐购买。"),
            List.of("包装完好，质量很好，放在客厅颜值高。", "使用方便，做工不错，家里人都说好看。", "物流快，和图片一样，性价比高。", "收纳很方便，用料扎实，值得购买。"),
            List.of("很新鲜，口感好，包装仔细，下次还来。", "物流超快，水果很甜，包装严实没有磕碰。", "味道不错，个头均匀，性价比高。"),
            List.of("穿着很舒服，尺码标准，物流超快。", "质量不错，做工精细，运动时很透气。", "和描述一致，很轻便，包装完好，推荐。"));

    private static final Map<Integer, List<String>> COMPLAINTS = Map.of(
            3,
            List.of("东西还行，物流慢了两天，外包装有压痕。", "一般般吧，和图片一样，但是质量一般。"),
            2,
            List.of("等了好久才到，包装也破了，质量一般。"),
            1,
            List.of("用了几天就坏，联系客服处理中，质量差。"));

    private final DemoClock clock;
    private final AccountService accounts;
    private final AccountQueries accountQueries;
    private final AddressService addresses;
    private final AddressQueries addressQueries;
    private final ProductService products;
    private final CatalogQueries catalog;
    private final OrderingService ordering;
    private final OrderPayments orderPayments;
    private final OrderQueries orderQueries;
    private final SandboxDemoPayments payments;
    private final OrderFulfilment fulfilment;
    private final ReviewService reviews;
    private final int days;

    DemoHistory(
            DemoClock clock,
            AccountService accounts,
            AccountQueries accountQueries,
            AddressService addresses,
            AddressQueries addressQueries,
            ProductService products,
            CatalogQueries catalog,
            OrderingService ordering,
            OrderPayments orderPayments,
            OrderQueries orderQueries,
            SandboxDemoPayments payments,
            OrderFulfilment fulfilment,
            ReviewService reviews,
            @Value("${ks.demo.history-days:90}") int days) {
        this.clock = clock;
        this.accounts = accounts;
        this.accountQueries = accountQueries;
        this.addresses = addresses;
        this.addressQueries = addressQueries;
        this.products = products;
        this.catalog = catalog;
        this.ordering = ordering;
        this.orderPayments = orderPayments;
        this.orderQueries = orderQueries;
        this.payments = payments;
        this.fulfilment = fulfilment;
        this.reviews = reviews;
        this.days = days;
    }

    private static Buyer buyer(String email, String name, String province, String city, String district, String line) {
        return new Buyer(email, name, new AddressForm(name, "138 0000 0000", province, city, district, line, true));
    }

    /** Counts of what was made, for the log line (and the start-up benchmark's notes). */
    record Made(int orders, int delivered, int reviews, int skipped) {}

    Made load() {
        if (days <= 0) {
            return new Made(0, 0, 0, 0);
        }
        Random random = new Random(20261204L);
        Instant now = clock.realNow();
        Instant start = now.minus(Duration.ofDays(days));
        List<UUID> buyers = registerBuyers(start.minus(Duration.ofDays(30)));
        List<UUID> shops = SHOPS.stream()
                .map(email -> accountQueries.findByEmail(email).orElseThrow())
                .toList();
        List<List<Sku>> skus = new ArrayList<>();
        for (int s = 0; s < SHOPS.size(); s++) {
            skus.add(DemoOrders.stockedProducts(products, catalog, shops.get(s), SHOPS.get(s), 8).stream()
                    .map(DemoOrders::stockedSku)
                    .toList());
        }
        int orders = 0;
        int delivered = 0;
        int written = 0;
        int skipped = 0;
        for (int day = days; day >= 1; day--) {
            LocalDate date = LocalDate.ofInstant(now, BusinessTime.ZONE).minusDays(day);
            // sales grow a little towards today, and weekends sell more
            int weekend = date.getDayOfWeek().getValue() >= 6 ? 1 : 0;
            int count = random.nextInt(3) + weekend + (day < days / 3 ? 1 : 0);
            for (int n = 0; n < count; n++) {
                int shop = pick(random);
                if (skus.get(shop).isEmpty()) {
                    continue;
                }
                Sku sku = skus.get(shop).get(random.nextInt(skus.get(shop).size()));
                int buyer = random.nextInt(buyers.size());
                Instant placedAt = date.atTime(9 + random.nextInt(14), random.nextInt(60))
                        .atZone(BusinessTime.ZONE)
                        .toInstant();
                try {
                    Outcome outcome = oneOrder(
                            random,
                            buyers.get(buyer),
                            BUYERS.get(buyer).name(),
                            shop,
                            shops.get(shop),
                            sku,
                            placedAt,
                            now);
                    orders++;
                    delivered += outcome.delivered() ? 1 : 0;
                    written += outcome.reviewed() ? 1 : 0;
                } catch (DomainException refused) {
                    // sold out, a limit or risk control's challenge: a real shop's history has gaps too
                    skipped++;
                    log.debug("Demo history: an order on {} was refused: {}", date, refused.messageKey());
                }
            }
        }
        Made made = new Made(orders, delivered, written, skipped);
        log.info("Demo history of {} days: {}", days, made);
        return made;
    }

    private record Outcome(boolean delivered, boolean reviewed) {}

    private Outcome oneOrder(
            Random random,
            UUID buyer,
            String buyerName,
            int shop,
            UUID merchant,
            Sku sku,
            Instant placedAt,
            Instant now) {
        Instant paidAt = placedAt.plus(Duration.ofMinutes(1 + random.nextInt(15)));
        Instant shippedAt = paidAt.plus(Duration.ofHours(3 + random.nextInt(30)));
        Instant receivedAt = shippedAt.plus(Duration.ofHours(30 + random.nextInt(72)));
        Instant reviewedAt = receivedAt.plus(Duration.ofHours(6 + random.nextInt(96)));
        UUID orderId = DemoDataSeeder.runAs(buyer, buyerName, Set.of(Role.SHOPPER), () -> {
            UUID checkout = clock.at(placedAt, () -> {
                UUID address = addressQueries.myDefault().orElseThrow().id();
                return DemoOrders.buyNow(ordering, sku, address).checkoutId();
            });
            clock.at(paidAt, () -> {
                payments.pay(checkout, PaymentMethod.ALIPAY);
                return null;
            });
            return orderPayments.orderIds(checkout).getFirst();
        });
        if (shippedAt.isAfter(now)) {
            return new Outcome(false, false);
        }
        DemoDataSeeder.runAs(
                merchant,
                SHOPS.get(shop),
                Set.of(Role.MERCHANT),
                () -> clock.at(
                        shippedAt, () -> fulfilment.ship(orderId, Carrier.SF, DemoOrders.sfTrackingNo(), Map.of())));
        if (receivedAt.isAfter(now)) {
            return new Outcome(false, false);
        }
        DemoDataSeeder.runAs(
                buyer,
                buyerName,
                Set.of(Role.SHOPPER),
                () -> clock.at(receivedAt, () -> {
                    ordering.confirmReceipt(orderId);
                    return null;
                }));
        if (reviewedAt.isAfter(now) || random.nextInt(100) >= 55) {
            return new Outcome(true, false);
        }
        int stars = stars(random);
        List<String> texts = stars >= 4 ? PRAISE.get(shop) : COMPLAINTS.get(stars);
        String body = texts.get(random.nextInt(texts.size()));
        int photos = stars >= 4 && random.nextInt(100) < 30 ? 1 + random.nextInt(2) : 0;
        DemoDataSeeder.runAs(
                buyer,
                buyerName,
                Set.of(Role.SHOPPER),
                () -> clock.at(reviewedAt, () -> {
                    var line = orderQueries.myOrder(orderId).lines().getFirst();
                    List<byte[]> pictures = java.util.stream.IntStream.range(0, photos)
                            .mapToObj(i ->
                                    DemoReviews.photo(line.title(), PHOTO_COLOURS[(i + stars) % PHOTO_COLOURS.length]))
                            .toList();
                    return reviews.write(new WriteReview(
                            orderId,
                            line.id(),
                            stars,
                            stars,
                            Math.min(5, stars + 1),
                            Math.max(stars, 4),
                            body,
                            pictures));
                }));
        return new Outcome(true, true);
    }

    private static final Color[] PHOTO_COLOURS = {
        new Color(0x0e7490), new Color(0xb45309), new Color(0x4d7c0f), new Color(0x7c3aed)
    };

    /** Mostly five stars, as on real shops: 60 % five, 25 % four, 8 % three, 4 % two, 3 % one. */
    private static int stars(Random random) {
        int roll = random.nextInt(100);
        return roll < 60 ? 5 : roll < 85 ? 4 : roll < 93 ? 3 : roll < 97 ? 2 : 1;
    }

    private static int pick(Random random) {
        int total = 0;
        for (int weight : SHOP_WEIGHTS) {
            total += weight;
        }
        int roll = random.nextInt(total);
        for (int i = 0; i < SHOP_WEIGHTS.length; i++) {
            roll -= SHOP_WEIGHTS[i];
            if (roll < 0) {
                return i;
            }
        }
        return 0;
    }

    /** The history's shoppers, registered a month before their first purchase, each with one address. */
    private List<UUID> registerBuyers(Instant registeredAt) {
        List<UUID> ids = new ArrayList<>();
        for (Buyer buyer : BUYERS) {
            UUID id = clock.at(
                    registeredAt,
                    () -> accounts.registerShopper(
                            new RegisterShopper(buyer.email(), buyer.name(), DemoDataSeeder.PASSWORD, true, true)));
            DemoDataSeeder.runAs(id, buyer.name(), Set.of(Role.SHOPPER), () -> addresses.add(buyer.address()));
            ids.add(id);
        }
        return ids;
    }
}
