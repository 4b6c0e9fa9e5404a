package com.ks.platform.review;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.ks.platform.TestMerchants;
import com.ks.platform.catalog.ProductDetails;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.RouterLink;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What buyers, visitors and the shop see of reviews: the order's review page, the product page, the shop's page. */
class ReviewPagesTest extends ReviewTestSupport {

    private static void star(String aspect, int stars) {
        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", aspect + "：" + stars + " 星")));
    }

    private static List<String> notices() {
        return NotificationsKt.getNotifications().stream()
                .map(n -> n.getElement().getProperty("text", ""))
                .toList();
    }

    @Test
    void a_received_order_waits_under_to_review_until_its_lines_are_reviewed() {
        Shop shop = newShop();
        ProductDetails product = newProduct(shop);
        Buyer buyer = newBuyer();
        Bought received = delivered(shop, buyer, product);
        paid(buyer, product);
        signInAs(buyer.email());

        navigate("orders?tab=TO_REVIEW");
        assertThat(_get(RouterLink.class, spec -> spec.withAttribute("aria-current", "page"))
                        .getText())
                .isEqualTo("待评价 1");
        assertThat(_find(Div.class, spec -> spec.withClasses("ks-order-card"))).hasSize(1);

        write(buyer, review(received, 5, "收到了，和描述的一样好", List.of()));
        signInAs(buyer.email());

        navigate("orders?tab=TO_REVIEW");
        assertThat(_get(RouterLink.class, spec -> spec.withAttribute("aria-current", "page"))
                        .getText())
                .isEqualTo("待评价");
        assertThat(_find(Div.class, spec -> spec.withClasses("ks-order-card"))).isEmpty();
    }

    @Test
    void a_buyer_reviews_a_delivered_order_with_a_photo_from_the_order_page_and_then_may_follow_up() {
        Shop shop = newShop();
        ProductDetails product = newProduct(shop);
        Buyer buyer = newBuyer();
        Bought bought = delivered(shop, buyer, product);
        signInAs(buyer.email());
        navigate("orders/" + bought.orderId());
        Anchor review = _get(Anchor.class, spec -> spec.withText("评价"));
        assertThat(review.getHref()).isEqualTo("orders/" + bought.orderId() + "/review");

        navigate(review.getHref());
        star("总体评分", 5);
        star("商品质量", 4);
        star("物流速度", 5);
        star("服务态度", 5);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("评价内容")), "颜色很正，做工扎实，值得购买");
        Upload upload = _get(Upload.class);
        UploadKt._upload(upload, "evil.jpg", "image/jpeg", "<script>".getBytes(StandardCharsets.UTF_8));
        assertThat(notices()).contains("只能上传 JPG、PNG 或 WebP 照片");
        UploadKt._upload(upload, "photo.png", "image/png", TestMerchants.png());
        assertThat(_find(Image.class, spec -> spec.withAttribute("alt", "已选照片 1")))
                .hasSize(1);
        _click(_get(Button.class, spec -> spec.withText("发表评价")));

        assertThat(notices()).contains("评价已发表，谢谢！");
        _assertNone(Button.class, spec -> spec.withText("发表评价"));
        _get(Paragraph.class, spec -> spec.withText("颜色很正，做工扎实，值得购买"));
        assertThat(_find(Image.class, spec -> spec.withAttribute("alt", "李** 的晒单照片 1")))
                .hasSize(1);

        _setValue(_get(TextArea.class, spec -> spec.withLabel("追加评价（只能追评一次）")), "用了两周，依然满意");
        _click(_get(Button.class, spec -> spec.withText("发表追评")));
        _get(Paragraph.class, spec -> spec.withText("用了两周，依然满意"));
        _assertNone(Button.class, spec -> spec.withText("发表追评"));
    }

    @Test
    void a_missing_star_and_a_word_on_the_list_are_told_and_what_was_typed_stays() {
        Shop shop = newShop();
        ProductDetails product = newProduct(shop);
        Buyer buyer = newBuyer();
        Bought bought = delivered(shop, buyer, product);
        signInAs(buyer.email());
        navigate("orders/" + bought.orderId() + "/review");
        TextArea body = _get(TextArea.class, spec -> spec.withLabel("评价内容"));
        _setValue(body, "加我微信 送你优惠券哦");

        _click(_get(Button.class, spec -> spec.withText("发表评价")));
        assertThat(_find(Component.class, spec -> spec.withClasses("ks-stars-field")))
                .allSatisfy(field -> assertThat(field.getElement().getProperty("invalid", false))
                        .isTrue());

        star("总体评分", 5);
        star("商品质量", 5);
        star("物流速度", 5);
        star("服务态度", 5);
        _click(_get(Button.class, spec -> spec.withText("发表评价")));
        assertThat(notices()).contains("内容含有不允许的词语「加我微信」，请修改后再提交");
        assertThat(body.getValue()).isEqualTo("加我微信 送你优惠券哦");
        assertThat(queries.summary(product.id()).count()).isZero();
    }

    @Test
    void the_product_page_shows_the_rating_summary_filters_and_reviews_with_photos() {
        Shop shop = newShop();
        ProductDetails product = newProduct(shop);
        for (int stars : new int[] {5, 4, 2}) {
            Buyer buyer = newBuyer();
            write(
                    buyer,
                    review(
                            delivered(shop, buyer, product),
                            stars,
                            "评价正文 " + stars + " 星",
                            stars == 5 ? List.of(TestMerchants.png()) : List.of()));
        }

        navigate("product/" + product.id());

        _get(Span.class, spec -> spec.withText("3.7").withClasses("ks-review-average"));
        _get(Span.class, spec -> spec.withText("好评率 67%"));
        assertThat(_find(Paragraph.class, spec -> spec.withText("评价正文 2 星"))).hasSize(1);
        _click(_get(Button.class, spec -> spec.withText("有图 1")));
        assertThat(_find(Paragraph.class, spec -> spec.withText("评价正文 2 星"))).isEmpty();
        _get(Paragraph.class, spec -> spec.withText("评价正文 5 星"));
        _click(_get(Button.class, spec -> spec.withText("差评 1")));
        _get(Paragraph.class, spec -> spec.withText("评价正文 2 星"));
        assertThat(_find(Paragraph.class, spec -> spec.withText("评价正文 5 星"))).isEmpty();
        _get(Button.class, spec -> spec.withText("中评 0"));
    }

    @Test
    void a_product_nobody_reviewed_says_so_and_explains_who_can() {
        ProductDetails product = newProduct(newShop());

        navigate("product/" + product.id());

        _get(Paragraph.class, spec -> spec.withText("暂无评价"));
        _get(Paragraph.class, spec -> spec.withText("买过的顾客确认收货后就可以在这里评价。"));
    }

    @Test
    void the_shop_answers_a_review_once_from_its_review_page_and_finds_no_delete() {
        Shop shop = newShop();
        ProductDetails product = newProduct(shop);
        Buyer buyer = newBuyer();
        write(buyer, review(delivered(shop, buyer, product), 3, "一般般，包装可以更好", List.of()));
        signInAs(shop.email());
        navigate("merchant/reviews");

        _get(Paragraph.class, spec -> spec.withText("一般般，包装可以更好"));
        _assertNone(Button.class, spec -> spec.withText("删除"));
        _setValue(_get(TextArea.class, spec -> spec.withLabel("回复买家（只能回复一次）")), "感谢反馈，已改进包装");
        _click(_get(Button.class, spec -> spec.withText("发表回复")));

        _get(Paragraph.class, spec -> spec.withText("感谢反馈，已改进包装"));
        _assertNone(Button.class, spec -> spec.withText("发表回复"));
        navigate("product/" + product.id());
        _get(Paragraph.class, spec -> spec.withText("感谢反馈，已改进包装"));
    }
}
