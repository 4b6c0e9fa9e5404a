package com.ks.platform.review;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ks.platform.TestMerchants;
import com.ks.platform.catalog.ProductDetails;
import com.ks.platform.notification.NotificationService;
import com.ks.platform.review.ui.ReviewReportsView;
import com.ks.platform.shared.AuditTrail;
import com.ks.platform.shared.NotFound;
import com.ks.platform.shared.RuleViolated;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/**
 * 有用 and 举报 on the product page, and the officer's decision on reported reviews: hidden with a reason the author is
 * told, never deleted (E-Commerce Law arts. 17, 39), its stars still counted, every decision audited.
 */
class ReviewModerationTest extends ReviewTestSupport {

    private static final String OFFICER = "compliance@ks.demo";
    /** Each test's review says something of its own, as the officers' queue holds every open report. */
    private final String TEXT = "质量很好，做工精细，值得购买 " + UUID.randomUUID().toString().substring(0, 8);

    @Autowired
    ReviewModeration moderation;

    @Autowired
    NotificationService notifications;

    @Autowired
    AuditTrail audit;

    record Reviewed(Shop shop, ProductDetails product, Buyer author, UUID orderId, UUID reviewId) {}

    private Reviewed reviewed(List<byte[]> photos) {
        Shop shop = newShop();
        ProductDetails product = newProduct(shop);
        Buyer author = newBuyer();
        Bought bought = delivered(shop, author, product);
        UUID id = write(author, review(bought, 2, TEXT, photos));
        return new Reviewed(shop, product, author, bought.orderId(), id);
    }

    @Test
    void a_reader_marks_a_review_helpful_on_the_product_page_and_takes_it_back() {
        Reviewed r = reviewed(List.of());
        signInAs(newBuyer().email());
        navigate("product/" + r.product().id());

        _click(_get(Button.class, spec -> spec.withText("有用 0")));
        Button pressed = _get(Button.class, spec -> spec.withText("有用 1"));
        assertThat(pressed.getElement().getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(queries.productReviews(r.product().id(), ReviewFilter.ALL, 0, 10)
                        .getFirst()
                        .helpfulCount())
                .isEqualTo(1);

        _click(pressed);
        _get(Button.class, spec -> spec.withText("有用 0"));
        assertThat(queries.productReviews(r.product().id(), ReviewFilter.ALL, 0, 10)
                        .getFirst()
                        .helpfulCount())
                .isZero();
    }

    @Test
    void visitors_see_how_many_found_it_helpful_and_authors_cannot_vote_or_report_their_own() {
        Reviewed r = reviewed(List.of());
        run(newBuyer().email(), () -> moderation.toggleHelpful(r.reviewId()));

        navigate("product/" + r.product().id());
        _get(Span.class, spec -> spec.withText("1 人觉得有用"));
        assertThat(_find(Button.class, spec -> spec.withText("举报"))).isEmpty();

        signInAs(r.author().email());
        navigate("product/" + r.product().id());
        assertThat(_find(Button.class, spec -> spec.withText("举报"))).isEmpty();
        assertThatThrownBy(() -> run(r.author().email(), () -> moderation.toggleHelpful(r.reviewId())))
                .isInstanceOf(RuleViolated.class)
                .hasMessageContaining("error.review.ownHelpful");
        assertThatThrownBy(() -> run(r.author().email(), () -> moderation.report(r.reviewId(), ReportReason.ABUSE, "")))
                .isInstanceOf(RuleViolated.class)
                .hasMessageContaining("error.reviewReport.own");
    }

    @Test
    void a_reader_reports_a_review_once_with_a_reason() {
        Reviewed r = reviewed(List.of());
        Buyer reader = newBuyer();
        signInAs(reader.email());
        navigate("product/" + r.product().id());

        _click(_get(Button.class, spec -> spec.withText("举报")));
        _click(_get(Button.class, spec -> spec.withText("提交举报")));
        assertThat(_get(RadioButtonGroup.class).getErrorMessage()).isEqualTo("请选择举报原因");
        _get(RadioButtonGroup.class).setValue(ReportReason.ADVERTISING);
        _click(_get(Button.class, spec -> spec.withText("提交举报")));

        assertThat(_get(Button.class, spec -> spec.withText("举报")).isEnabled()).isFalse();
        assertThatThrownBy(() -> run(reader.email(), () -> moderation.report(r.reviewId(), ReportReason.ABUSE, null)))
                .isInstanceOf(RuleViolated.class)
                .hasMessageContaining("error.reviewReport.already");
        ReportedReview queued = as(OFFICER, () -> moderation.reported(0, 50)).stream()
                .filter(q -> q.review().id().equals(r.reviewId()))
                .findFirst()
                .orElseThrow();
        assertThat(queued.reports()).isEqualTo(1);
        assertThat(queued.reasons()).containsEntry(ReportReason.ADVERTISING, 1);
    }

    @Test
    void an_officer_hides_a_reported_review_the_author_is_told_why_and_its_stars_still_count() {
        Reviewed r = reviewed(List.of(TestMerchants.png()));
        run(newBuyer().email(), () -> moderation.report(r.reviewId(), ReportReason.ABUSE, "骂人"));
        String photo = queries.productReviews(r.product().id(), ReviewFilter.ALL, 0, 10)
                .getFirst()
                .photoUrls()
                .getFirst();

        signInAs(OFFICER);
        navigate("compliance/review-reports");
        _get(ReviewReportsView.class);
        Div card = _find(Div.class, spec -> spec.withClasses("ks-review-report")).stream()
                .filter(c ->
                        !_find(c, Paragraph.class, spec -> spec.withText(TEXT)).isEmpty())
                .findFirst()
                .orElseThrow();
        _click(_get(card, Button.class, spec -> spec.withText("隐藏评价")));
        assertThat(_get(card, TextField.class, spec -> spec.withLabel("处理原因")).getErrorMessage())
                .startsWith("请写明隐藏原因");
        _setValue(_get(card, TextField.class, spec -> spec.withLabel("处理原因")), "含有人身攻击的内容");
        _click(_get(card, Button.class, spec -> spec.withText("隐藏评价")));
        assertThat(_find(Paragraph.class, spec -> spec.withText(TEXT))).isEmpty();

        ReviewDetails shown = queries.productReviews(r.product().id(), ReviewFilter.ALL, 0, 10)
                .getFirst();
        assertThat(shown.body()).isEmpty();
        assertThat(shown.photoUrls()).isEmpty();
        assertThat(queries.summary(r.product().id()).count()).isEqualTo(1);
        assertThatThrownBy(() ->
                        RestClient.create(baseUrl()).get().uri(photo).retrieve().toBodilessEntity())
                .isInstanceOfSatisfying(
                        HttpClientErrorException.class,
                        e -> assertThat(e.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND));
        assertThat(as(r.author().email(), () -> notifications.myNotices(0, 10)))
                .anyMatch(n -> n.messageKey().equals("notice.review.hidden")
                        && n.params().contains("含有人身攻击的内容"));
        assertThat(audit.historyOf("review", r.reviewId().toString()))
                .anyMatch(e -> e.action().equals("moderation.reviewHidden"));

        signInAs(r.author().email());
        navigate("orders/" + r.orderId() + "/review");
        _get(Paragraph.class, spec -> spec.withText("这条评价已被平台隐藏，其他人看不到内容。原因：含有人身攻击的内容"));
        _get(Paragraph.class, spec -> spec.withText(TEXT));
        signInAs(newBuyer().email());
        navigate("product/" + r.product().id());
        _get(Paragraph.class, spec -> spec.withText("这条评价的内容违反平台规范，已被隐藏。"));
        assertThatThrownBy(() -> run(newBuyer().email(), () -> moderation.toggleHelpful(r.reviewId())))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void an_officer_dismisses_reports_and_the_review_stays_as_it_was() {
        Reviewed r = reviewed(List.of());
        run(newBuyer().email(), () -> moderation.report(r.reviewId(), ReportReason.OTHER, null));

        run(OFFICER, () -> moderation.dismissReports(r.reviewId(), "内容属于正常的使用体验"));

        assertThat(queries.productReviews(r.product().id(), ReviewFilter.ALL, 0, 10)
                        .getFirst()
                        .body())
                .isEqualTo(TEXT);
        assertThat(as(OFFICER, () -> moderation.reported(0, 50)))
                .noneMatch(q -> q.review().id().equals(r.reviewId()));
        assertThatThrownBy(() -> run(OFFICER, () -> moderation.dismissReports(r.reviewId(), "再次驳回一遍")))
                .isInstanceOf(RuleViolated.class)
                .hasMessageContaining("error.reviewReport.nothingOpen");
        assertThat(audit.historyOf("review", r.reviewId().toString()))
                .anyMatch(e -> e.action().equals("moderation.reportsDismissed"));
    }

    @Test
    void only_compliance_officers_decide_and_a_merchant_cannot_hide_reviews_of_its_own_goods() {
        Reviewed r = reviewed(List.of());
        assertThatThrownBy(() -> run(r.shop().email(), () -> moderation.hide(r.reviewId(), "差评影响销量")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> run(newBuyer().email(), () -> moderation.reported(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(queries.productReviews(r.product().id(), ReviewFilter.ALL, 0, 10)
                        .getFirst()
                        .hidden())
                .isFalse();
    }
}
