package com.ks.platform.merchant.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.ks.platform.KaribuTest;
import com.ks.platform.TestMerchants;
import com.ks.platform.merchant.BusinessCategory;
import com.ks.platform.merchant.DocumentKind;
import com.ks.platform.merchant.DocumentUpload;
import com.ks.platform.merchant.MerchantDocumentService;
import com.ks.platform.merchant.MerchantQueries;
import com.ks.platform.merchant.MerchantStatus;
import com.ks.platform.merchant.MerchantSummary;
import com.ks.platform.web.ui.LoginView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** A new merchant's first steps: sign up, file the documents on a checklist, submit them, wait for approval. */
class MerchantOnboardingViewTest extends KaribuTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    MerchantDocumentService documents;

    @Autowired
    MerchantQueries merchants;

    private TestMerchants testMerchants() {
        return new TestMerchants(context, this::actAs);
    }

    private static String checklist() {
        return _get(UnorderedList.class, spec -> spec.withId("onboarding-checklist"))
                .getElement()
                .getTextRecursively();
    }

    private static String stage() {
        return _get(Span.class, spec -> spec.withId("onboarding-stage")).getText();
    }

    private String fillSignUp() {
        String email = uniqueEmail("signup-view");
        navigate("merchant-signup");
        _setValue(
                _get(TextField.class, spec -> spec.withLabel("店铺名称")),
                "界面测试店" + UUID.randomUUID().toString().substring(0, 8));
        @SuppressWarnings("unchecked")
        Select<BusinessCategory> category = _get(Select.class, spec -> spec.withLabel("主营类目"));
        _setValue(category, BusinessCategory.DIGITAL);
        _setValue(_get(TextField.class, spec -> spec.withLabel("公司名称（与营业执照一致）")), "界面测试科技有限公司");
        _setValue(_get(TextField.class, spec -> spec.withLabel("统一社会信用代码")), TestMerchants.uniqueCreditCode());
        _setValue(_get(TextField.class, spec -> spec.withLabel("法定代表人")), "王法人");
        _setValue(_get(TextField.class, spec -> spec.withLabel("联系电话")), "13800138000");
        _setValue(_get(EmailField.class, spec -> spec.withLabel("邮箱")), email);
        _setValue(_get(TextField.class, spec -> spec.withLabel("联系人姓名")), "店主");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("密码")), "good password 1");
        return email;
    }

    @Test
    void a_failed_sign_up_keeps_the_button_enabled_and_everything_typed() {
        String email = fillSignUp();
        Button submit = _get(Button.class, spec -> spec.withText("提交入驻申请"));

        _click(submit);

        NotificationsKt.expectNotifications("请阅读并同意隐私政策。");
        assertThat(submit.isEnabled()).as("the sign-up button, to try again").isTrue();
        assertThat(_get(EmailField.class, spec -> spec.withLabel("邮箱")).getValue())
                .isEqualTo(email);
        assertThat(_get(TextField.class, spec -> spec.withLabel("公司名称（与营业执照一致）"))
                        .getValue())
                .isEqualTo("界面测试科技有限公司");

        _setValue(_get(Checkbox.class), true);
        _click(submit);

        _assertOne(LoginView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("login-signed-up")).getText())
                .isEqualTo("注册成功，请登录");
    }

    @Test
    void a_new_merchant_sees_a_checklist_of_missing_documents_and_cannot_submit_yet() {
        var merchant = testMerchants().signUp(BusinessCategory.FOOD);
        signInAs(merchant.email());
        navigate("merchant");

        _assertOne(OnboardingStatusView.class);
        assertThat(stage()).isEqualTo("资料待补充");
        assertThat(checklist()).contains("营业执照：未上传", "行业许可证：未上传");
        assertThat(_get(Button.class, spec -> spec.withText("提交审核")).isEnabled())
                .isFalse();
        TextField licenceName = _get(TextField.class, spec -> spec.withLabel("执照上的企业名称"));
        assertThat(licenceName.isVisible()).as("asked up front").isTrue();
        assertThat(licenceName.getValue()).as("from the sign-up").isEqualTo(TestMerchants.COMPANY);
        actAs("compliance@ks.demo");
        assertThat(merchants.reviewQueue(0, merchants.countReviewQueue()))
                .as("not in review before it submits")
                .extracting(MerchantSummary::id)
                .doesNotContain(merchant.id());
    }

    @Test
    void with_every_document_filed_the_merchant_submits_and_its_application_is_under_review() {
        var merchant = testMerchants().signUp(BusinessCategory.DIGITAL);
        actAs(merchant.email());
        documents.upload(new DocumentUpload(
                DocumentKind.BUSINESS_LICENCE, "licence.pdf", TestMerchants.pdf(), null, TestMerchants.COMPANY));
        signInAs(merchant.email());
        navigate("merchant/onboarding");
        assertThat(stage()).isEqualTo("待提交审核");
        assertThat(checklist()).contains("营业执照：已上传");

        _click(_get(Button.class, spec -> spec.withText("提交审核")));

        assertThat(stage()).isEqualTo("审核中");
        actAs("compliance@ks.demo");
        assertThat(merchants.publicFacts(merchant.id()).orElseThrow().status()).isEqualTo(MerchantStatus.SUBMITTED);
        assertThat(merchants.reviewQueue(0, merchants.countReviewQueue()))
                .extracting(MerchantSummary::id)
                .contains(merchant.id());
    }

    @Test
    void a_page_locked_until_approval_says_why_it_did_not_open() {
        var merchant = testMerchants().signUp(BusinessCategory.HOME);
        signInAs(merchant.email());

        navigate("merchant/products");

        _assertOne(OnboardingStatusView.class);
        NotificationsKt.expectNotifications("店铺审核通过后才能使用此功能");
        navigate("merchant");
        NotificationsKt.expectNoNotifications();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("merchant/onboarding");
    }

    @Test
    void the_checklist_ticks_each_filed_document_and_lists_the_rest() {
        var merchant = testMerchants().signUp(BusinessCategory.BEAUTY);
        actAs(merchant.email());
        documents.upload(new DocumentUpload(
                DocumentKind.CATEGORY_PERMIT,
                "permit.pdf",
                TestMerchants.pdf(),
                LocalDate.now().plusYears(1),
                null));
        signInAs(merchant.email());
        navigate("merchant/onboarding");
        assertThat(checklist()).contains("行业许可证：已上传", "营业执照：未上传");
        assertThat(stage()).isEqualTo("资料待补充");
    }
}
