package com.ks.platform.compliance;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.ks.platform.KaribuTest;
import com.ks.platform.TestMerchants;
import com.ks.platform.compliance.ui.ComplianceHomeView;
import com.ks.platform.compliance.ui.MerchantReviewView;
import com.ks.platform.identity.AccountService;
import com.ks.platform.identity.NewAccount;
import com.ks.platform.identity.Role;
import com.ks.platform.merchant.BusinessCategory;
import com.ks.platform.merchant.MerchantReviewService;
import com.ks.platform.merchant.MerchantSummary;
import com.ks.platform.merchant.RejectionReason;
import com.ks.platform.merchant.ui.MerchantHomeView;
import com.ks.platform.merchant.ui.OnboardingStatusView;
import com.ks.platform.web.ui.AccessDeniedView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The officer's queue and review page, and what the merchant then sees in its portal. */
class ComplianceReviewViewTest extends KaribuTest {

    private static final String OFFICER = "compliance@ks.demo";

    @Autowired
    ApplicationContext context;

    @Autowired
    MerchantReviewService review;

    @Autowired
    AccountService accounts;

    private TestMerchants testMerchants() {
        return new TestMerchants(context, this::actAs);
    }

    @Test
    void the_queue_filters_by_category_and_opens_a_review_page_with_the_documents_inline() {
        var merchant = testMerchants().readyForReview(BusinessCategory.BEAUTY);
        signInAs(OFFICER);
        navigate("compliance");
        _assertOne(ComplianceHomeView.class);
        @SuppressWarnings("unchecked")
        Select<BusinessCategory> category = _get(Select.class, spec -> spec.withLabel("类目"));
        _setValue(category, BusinessCategory.BEAUTY);
        @SuppressWarnings("unchecked")
        Grid<MerchantSummary> queue = _get(Grid.class);
        List<MerchantSummary> rows = GridKt._fetch(queue, 0, 500);
        assertThat(rows).allMatch(m -> m.businessCategory() == BusinessCategory.BEAUTY);
        assertThat(rows).extracting(MerchantSummary::id).contains(merchant.id());
        assertThat(rows).isSortedAccordingTo((a, b) -> a.statusChangedAt().compareTo(b.statusChangedAt()));

        GridKt._clickItem(
                queue,
                rows.indexOf(rows.stream()
                        .filter(m -> m.id().equals(merchant.id()))
                        .findFirst()
                        .orElseThrow()));
        _assertOne(MerchantReviewView.class);
        assertThat(_find(Image.class, spec -> spec.withClasses("ks-document-page")))
                .as("the licence and the permit, each one page, inline")
                .hasSize(2);
        _assertOne(Span.class, spec -> spec.withText("经营类目所需文件齐全"));
    }

    @Test
    void approving_on_the_review_page_lets_the_merchant_trade() {
        var merchant = testMerchants().readyForReview(BusinessCategory.DIGITAL);
        signInAs(OFFICER);
        navigate("compliance/review/" + merchant.id());
        _click(_get(Button.class, spec -> spec.withText("认领审核")));
        _click(_get(Button.class, spec -> spec.withText("通过")));
        _assertOne(Paragraph.class, spec -> spec.withText("该商家当前不在待审核状态，无需决定。"));

        signInAs(merchant.email());
        navigate("merchant");
        _assertOne(MerchantHomeView.class);
        navigate("merchant/onboarding");
        _assertOne(Span.class, spec -> spec.withText("正常经营"));
    }

    @Test
    void rejecting_with_a_reason_shows_the_owner_the_reason_and_a_notice() {
        var merchant = testMerchants().readyForReview(BusinessCategory.DIGITAL);
        signInAs(OFFICER);
        navigate("compliance/review/" + merchant.id());
        _click(_get(Button.class, spec -> spec.withText("认领审核")));
        _click(_get(Button.class, spec -> spec.withText("驳回")));
        _click(_get(Button.class, spec -> spec.withText("确认驳回")));
        _assertOne(TextArea.class, spec -> spec.withPredicate(TextArea::isInvalid));
        @SuppressWarnings("unchecked")
        Select<RejectionReason> reason = _get(Select.class, spec -> spec.withLabel("驳回原因"));
        _setValue(reason, RejectionReason.COMPANY_MISMATCH);
        _setValue(_get(TextArea.class), "营业执照上的名称与账户不一致，请核对后重新提交");
        _click(_get(Button.class, spec -> spec.withText("确认驳回")));

        signInAs(merchant.email());
        navigate("merchant");
        _assertOne(OnboardingStatusView.class);
        _assertOne(Span.class, spec -> spec.withText("已驳回"));
        _assertOne(Paragraph.class, spec -> spec.withText("原因：企业名称与执照不一致"));
        _assertOne(Paragraph.class, spec -> spec.withText("营业执照上的名称与账户不一致，请核对后重新提交"));
        _assertOne(Button.class, spec -> spec.withText("重新提交审核"));
        _assertOne(Span.class, spec -> spec.withText("1 条未读"));
    }

    @Test
    void a_second_officer_sees_who_holds_the_review_and_cannot_decide() {
        var merchant = testMerchants().readyForReview(BusinessCategory.DIGITAL);
        actAs(OFFICER);
        review.claim(merchant.id());
        String second = uniqueEmail("officer");
        actAs("admin@ks.demo");
        accounts.createStaffAccount(
                new NewAccount(second, "合规专员 二号", "good password 1", EnumSet.of(Role.COMPLIANCE_OFFICER), true));
        signInAs(second);
        navigate("compliance/review/" + merchant.id());
        _assertOne(Paragraph.class, spec -> spec.withPredicate(p -> p.getText().startsWith("合规专员 陈静 自")));
        assertThat(_find(Button.class, spec -> spec.withText("通过"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText("认领审核"))).isEmpty();
    }

    @Test
    void merchants_and_shoppers_cannot_open_a_review_page_by_url() {
        var merchant = testMerchants().readyForReview(BusinessCategory.DIGITAL);
        for (String who : new String[] {merchant.email(), "merchant@ks.demo", "shopper@ks.demo"}) {
            signInAs(who);
            try {
                navigate("compliance/review/" + merchant.id());
                _assertOne(AccessDeniedView.class);
            } catch (RuntimeException denied) {
                assertThat(denied.getClass().getSimpleName()).as(who).contains("AccessDenied");
            }
            assertThat(_find(MerchantReviewView.class)).as(who).isEmpty();
        }
    }
}
