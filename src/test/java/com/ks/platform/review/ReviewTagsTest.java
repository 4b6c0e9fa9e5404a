package com.ks.platform.review;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.ks.platform.catalog.ProductDetails;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 评价标签: drawn from the review's text when it is written, counted per product, offered as filters. */
class ReviewTagsTest extends ReviewTestSupport {

    private static final String OFFICER = "compliance@ks.demo";

    @Autowired
    ReviewModeration moderation;

    @Autowired
    ReviewTagVocabulary vocabulary;

    @Test
    void phrases_draw_their_tag_but_not_when_a_negation_stands_before_them() {
        assertThat(vocabulary.tagsOf("物流很快，质量很好，包装严实"))
                .containsExactly("LOGISTICS_FAST", "QUALITY_GOOD", "PACKAGING_GOOD");
        assertThat(vocabulary.tagsOf("一点都不好用，也不好看")).isEmpty();
        assertThat(vocabulary.tagsOf("不好看但是好用")).containsExactly("EASY_TO_USE");
        assertThat(vocabulary.tagsOf("发货太慢了", "追评：质量一般")).containsExactly("LOGISTICS_SLOW", "QUALITY_POOR");
    }

    @Test
    void the_product_page_shows_tags_with_counts_and_a_tag_filters_the_reviews() {
        Shop shop = newShop();
        ProductDetails product = newProduct(shop, "标签测试保温杯");
        writeReview(shop, product, 5, "物流很快，质量很好，推荐购买");
        writeReview(shop, product, 5, "第二天就到了，物流快，杯子好看");
        writeReview(shop, product, 2, "保温效果一般，等了好久才到");
        awaitRatingCount(product.id(), 3);

        assertThat(queries.tags(product.id()))
                .extracting(ReviewTag::code, ReviewTag::count)
                .startsWith(org.assertj.core.groups.Tuple.tuple("LOGISTICS_FAST", 2));

        navigate("product/" + product.id());
        _click(_get(Button.class, spec -> spec.withText("物流很快 (2)")));
        assertThat(_find(Div.class, spec -> spec.withClasses("ks-review-card"))).hasSize(2);
        assertThat(_get(Button.class, spec -> spec.withText("物流很快 (2)"))
                        .getElement()
                        .getAttribute("aria-pressed"))
                .isEqualTo("true");
        _get(Button.class, spec -> spec.withText("物流较慢 (1)"));

        _click(_get(Button.class, spec -> spec.withText("物流很快 (2)")));
        assertThat(_find(Div.class, spec -> spec.withClasses("ks-review-card"))).hasSize(3);
    }

    @Test
    void a_follow_up_adds_its_tags_and_a_hidden_review_stops_counting() {
        Shop shop = newShop();
        ProductDetails product = newProduct(shop, "标签追评台灯");
        UUID first = writeReview(shop, product, 4, "灯光柔和，还可以");
        UUID second = writeReview(shop, product, 5, "质量不错，做工精细");
        awaitRatingCount(product.id(), 2);
        assertThat(queries.tags(product.id())).extracting(ReviewTag::code).containsExactly("QUALITY_GOOD");

        Buyer author = authorOf(first);
        run(author.email(), () -> reviews.followUp(first, "用了一个月，质量很好，性价比高"));
        assertThat(queries.tags(product.id()))
                .extracting(ReviewTag::code, ReviewTag::count)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("QUALITY_GOOD", 2),
                        org.assertj.core.groups.Tuple.tuple("GOOD_VALUE", 1));

        run(OFFICER, () -> moderation.hide(second, "内容与商品无关的广告信息"));
        assertThat(queries.tags(product.id()))
                .extracting(ReviewTag::code, ReviewTag::count)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("QUALITY_GOOD", 1),
                        org.assertj.core.groups.Tuple.tuple("GOOD_VALUE", 1));
        assertThat(queries.productReviewsTagged(product.id(), "QUALITY_GOOD", 0, 10))
                .extracting(ReviewDetails::id)
                .containsExactly(first);
    }

    private final java.util.Map<UUID, Buyer> authors = new java.util.HashMap<>();

    private UUID writeReview(Shop shop, ProductDetails product, int stars, String body) {
        Buyer buyer = newBuyer();
        UUID id = write(buyer, review(delivered(shop, buyer, product), stars, body, List.of()));
        authors.put(id, buyer);
        return id;
    }

    private Buyer authorOf(UUID reviewId) {
        return authors.get(reviewId);
    }
}
