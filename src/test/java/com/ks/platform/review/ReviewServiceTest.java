package com.ks.platform.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.ks.platform.TestMerchants;
import com.ks.platform.catalog.ProductDetails;
import com.ks.platform.shared.NotFound;
import com.ks.platform.shared.RuleViolated;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;

/**
 * Only a verified buyer reviews, once per order line after delivery, with one follow-up; the shop answers once and
 * cannot delete; text is checked against the word list and photos by their bytes and size.
 */
class ReviewServiceTest extends ReviewTestSupport {

    private static final String GOOD_TEXT = "质量很好，物流也快，推荐购买";

    @Test
    void a_buyer_reviews_a_delivered_line_with_photos_and_the_product_shows_the_rating() {
        Shop shop = newShop();
        ProductDetails product = newProduct(shop);
        Buyer buyer = newBuyer();
        Bought bought = delivered(shop, buyer, product);

        write(buyer, review(bought, 4, GOOD_TEXT, List.of(TestMerchants.png(), TestMerchants.jpeg())));

        RatingSummary summary = queries.summary(product.id());
        assertThat(summary.count()).isEqualTo(1);
        assertThat(summary.average()).isEqualTo(4.0);
        assertThat(summary.byStars()).containsExactly(0, 1, 0, 0, 0);
        assertThat(summary.withPhotos()).isEqualTo(1);
        ReviewDetails shown = queries.productReviews(product.id(), ReviewFilter.WITH_PHOTOS, 0, 10)
                .getFirst();
        assertThat(shown.body()).isEqualTo(GOOD_TEXT);
        assertThat(shown.authorName()).isEqualTo("李**");
        assertThat(shown.specText()).isEqualTo("颜色: 黑色");
        assertThat(shown.photoUrls()).hasSize(2);
        assertThat(RestClient.create(baseUrl())
                        .get()
                        .uri(shown.photoUrls().getFirst())
                        .retrieve()
                        .toEntity(byte[].class)
                        .getHeaders()
                        .getContentType())
                .hasToString("image/png");
        awaitRatingCount(product.id(), 1);
        assertThat(catalog.cards(List.of(product.id())).getFirst().ratingAverage())
                .isEqualTo(4.0);
    }

    @Test
    void two_buyers_reviewing_the_same_product_at_once_are_both_counted_in_the_catalog() throws Exception {
        Shop shop = newShop();
        ProductDetails product = newProduct(shop);
        List<Buyer> buyers = List.of(newBuyer(), newBuyer(), newBuyer());
        List<Bought> bought =
                buyers.stream().map(b -> delivered(shop, b, product)).toList();
        var start = new java.util.concurrent.CountDownLatch(1);
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(buyers.size())) {
            var done = new java.util.ArrayList<java.util.concurrent.Future<UUID>>();
            for (int i = 0; i < buyers.size(); i++) {
                int n = i;
                done.add(pool.submit(() -> {
                    start.await();
                    return write(buyers.get(n), review(bought.get(n), 3 + n, GOOD_TEXT, List.of()));
                }));
            }
            start.countDown();
            for (var result : done) {
                result.get(30, java.util.concurrent.TimeUnit.SECONDS);
            }
        }

        awaitRatingCount(product.id(), 3);
        assertThat(catalog.product(product.id()).orElseThrow().ratingSum()).isEqualTo(3 + 4 + 5);
    }

    @Test
    void only_delivered_goods_can_be_reviewed() {
        Shop shop = newShop();
        ProductDetails product = newProduct(shop);
        Buyer buyer = newBuyer();
        Bought notYetShipped = paid(buyer, product);

        assertThatExceptionOfType(RuleViolated.class)
                .isThrownBy(() -> write(buyer, review(notYetShipped, 5, GOOD_TEXT, List.of())))
                .extracting(RuleViolated::messageKey)
                .isEqualTo("error.review.notDelivered");
        assertThat(queries.summary(product.id()).count()).isZero();
    }

    @Test
    void another_shoppers_order_line_is_not_found() {
        Shop shop = newShop();
        ProductDetails product = newProduct(shop);
        Buyer buyer = newBuyer();
        Buyer stranger = newBuyer();
        Bought bought = delivered(shop, buyer, product);

        assertThatExceptionOfType(NotFound.class)
                .isThrownBy(() -> write(stranger, review(bought, 1, "从来没买过但是要差评", List.of())));
        Bought other = delivered(shop, buyer, product);
        assertThatExceptionOfType(NotFound.class)
                .as("a line of another order of the same buyer")
                .isThrownBy(() -> write(
                        buyer, new WriteReview(bought.orderId(), other.lineId(), 5, 5, 5, 5, GOOD_TEXT, List.of())));
        assertThat(queries.summary(product.id()).count()).isZero();
    }

    @Test
    void each_order_line_is_reviewed_once() {
        Shop shop = newShop();
        ProductDetails product = newProduct(shop);
        Buyer buyer = newBuyer();
        Bought bought = delivered(shop, buyer, product);
        write(buyer, review(bought, 5, GOOD_TEXT, List.of()));

        assertThatExceptionOfType(RuleViolated.class)
                .isThrownBy(() -> write(buyer, review(bought, 1, "再评一次改成差评", List.of())))
                .extracting(RuleViolated::messageKey)
                .isEqualTo("error.review.alreadyReviewed");
        assertThat(queries.summary(product.id()).sum()).isEqualTo(5);
    }

    @Test
    void a_buyer_follows_up_once_and_only_on_their_own_review() {
        Shop shop = newShop();
        ProductDetails product = newProduct(shop);
        Buyer buyer = newBuyer();
        UUID reviewId = write(buyer, review(delivered(shop, buyer, product), 5, GOOD_TEXT, List.of()));

        assertThatExceptionOfType(NotFound.class)
                .isThrownBy(() -> run(newBuyer().email(), () -> reviews.followUp(reviewId, "别人的评价我来追评")));
        run(buyer.email(), () -> reviews.followUp(reviewId, "用了一个月，依然很好"));
        assertThatExceptionOfType(RuleViolated.class)
                .isThrownBy(() -> run(buyer.email(), () -> reviews.followUp(reviewId, "再追评一次可以吗")))
                .extracting(RuleViolated::messageKey)
                .isEqualTo("error.review.followedUp");

        assertThat(queries.productReviews(product.id(), ReviewFilter.FOLLOW_UPS, 0, 10))
                .extracting(ReviewDetails::followUpBody)
                .containsExactly("用了一个月，依然很好");
    }

    @Test
    void the_shop_replies_once_and_another_shop_cannot_see_the_review() {
        Shop shop = newShop();
        ProductDetails product = newProduct(shop);
        Buyer buyer = newBuyer();
        UUID reviewId = write(buyer, review(delivered(shop, buyer, product), 2, "包装有点破损，希望改进", List.of()));

        assertThatExceptionOfType(NotFound.class)
                .isThrownBy(() -> run(newShop().email(), () -> reviews.reply(reviewId, "我们不是这家店")));
        run(shop.email(), () -> reviews.reply(reviewId, "抱歉，已经加强包装"));
        assertThatExceptionOfType(RuleViolated.class)
                .isThrownBy(() -> run(shop.email(), () -> reviews.reply(reviewId, "再回复一次试试")))
                .extracting(RuleViolated::messageKey)
                .isEqualTo("error.review.replied");

        assertThat(as(shop.email(), () -> queries.myShopReviews(false, 0, 10)))
                .extracting(ReviewDetails::replyBody)
                .containsExactly("抱歉，已经加强包装");
        assertThat(as(shop.email(), () -> queries.countMyShopReviews(true))).isZero();
    }

    @Test
    void merchants_cannot_delete_reviews_ecommerce_law_articles_17_and_39() {
        assertThat(Arrays.stream(ReviewService.class.getMethods()).map(m -> m.getName()))
                .noneMatch(name -> name.contains("delete") || name.contains("remove") || name.contains("hide"));
        assertThat(Arrays.stream(ReviewRepository.class.getDeclaredMethods()).map(m -> m.getName()))
                .noneMatch(name -> name.contains("delete") || name.contains("remove"));
    }

    @Test
    void text_with_a_word_on_the_maintained_list_is_refused_naming_the_word() {
        Shop shop = newShop();
        ProductDetails product = newProduct(shop);
        Buyer buyer = newBuyer();
        Bought bought = delivered(shop, buyer, product);

        assertThatExceptionOfType(RuleViolated.class)
                .isThrownBy(() -> write(buyer, review(bought, 5, "五星好评 返 现，联系客服", List.of())))
                .satisfies(refused -> {
                    assertThat(refused.messageKey()).isEqualTo("error.review.blockedWord");
                    assertThat(refused.arguments()).containsExactly("好评返现");
                });
        assertThat(queries.summary(product.id()).count()).isZero();
    }

    @Test
    void oversized_or_disguised_photos_are_refused_and_nothing_is_written() {
        Shop shop = newShop();
        ProductDetails product = newProduct(shop);
        Buyer buyer = newBuyer();
        Bought bought = delivered(shop, buyer, product);
        byte[] disguised = "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
        byte[] oversized = Arrays.copyOf(TestMerchants.png(), ReviewService.MAX_PHOTO_BYTES + 1);

        for (var photos : List.of(List.of(TestMerchants.png(), disguised), List.of(oversized))) {
            assertThatExceptionOfType(RuleViolated.class)
                    .isThrownBy(() -> write(buyer, review(bought, 5, GOOD_TEXT, photos)))
                    .extracting(refused -> refused.fieldErrors().get("photos"))
                    .isIn("error.review.photoType", "error.review.photoTooLarge");
        }
        assertThatExceptionOfType(RuleViolated.class)
                .isThrownBy(() ->
                        write(buyer, review(bought, 5, GOOD_TEXT, Collections.nCopies(10, TestMerchants.png()))))
                .extracting(refused -> refused.fieldErrors().get("photos"))
                .isEqualTo("error.review.tooManyPhotos");
        assertThat(queries.summary(product.id()).count()).isZero();
    }

    @Test
    void stars_outside_one_to_five_and_too_short_text_are_refused_by_field() {
        Shop shop = newShop();
        ProductDetails product = newProduct(shop);
        Buyer buyer = newBuyer();
        Bought bought = delivered(shop, buyer, product);

        assertThatExceptionOfType(RuleViolated.class)
                .isThrownBy(() -> write(
                        buyer, new WriteReview(bought.orderId(), bought.lineId(), 6, 0, 5, 5, GOOD_TEXT, List.of())))
                .satisfies(refused -> assertThat(refused.fieldErrors())
                        .containsEntry("stars", "error.review.stars")
                        .containsEntry("qualityStars", "error.review.stars"));
        assertThatExceptionOfType(RuleViolated.class)
                .isThrownBy(() -> write(buyer, review(bought, 5, "好", List.of())))
                .satisfies(
                        refused -> assertThat(refused.fieldErrors()).containsEntry("body", "error.review.textLength"));
    }
}
