package com.ks.platform.aftersales;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.ks.platform.aftersales.TestPurchases.Purchase;
import com.ks.platform.aftersales.ui.AfterSalesCaseView;
import com.ks.platform.aftersales.ui.PlatformCaseView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 投诉 as people use it: offered on the apply page, the path from a line past its periods, the agent's decision. */
class ComplaintPagesTest extends AfterSalesTestSupport {

    @Autowired
    DSLContext db;

    @Test
    void the_apply_page_offers_a_complaint_which_goes_to_the_platform_without_a_quantity() {
        Purchase purchase = delivered(1);
        signInAs(purchase.shopper());
        navigate(AfterSalesRoutes.apply(purchase.orderId(), purchase.line().id()));

        @SuppressWarnings("unchecked")
        RadioButtonGroup<CaseType> type = _get(RadioButtonGroup.class, spec -> spec.withLabel("售后类型"));
        _setValue(type, CaseType.COMPLAINT);
        assertThat(pageText()).contains("商家态度差", "虚假宣传", "发货慢/不发货", "商品与描述不符", "投诉不受售后期限限制");
        assertThat(_find(IntegerField.class))
                .as("a complaint claims no quantity")
                .isEmpty();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<CaseReason> reason = _get(RadioButtonGroup.class, spec -> spec.withLabel("原因"));
        _setValue(reason, CaseReason.COMPLAINT_ATTITUDE);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("问题描述")), "客服不回复消息");
        _click(_get(Button.class, spec -> spec.withText("提交申请")));

        assertThat(view()).isInstanceOf(AfterSalesCaseView.class);
        assertThat(pageText()).contains("投诉", "商家态度差", "等待平台介入处理", "客服不回复消息");
    }

    @Test
    void a_line_past_every_period_says_why_and_links_to_a_complaint_prefilled_for_the_order() {
        Purchase purchase = delivered(1);
        TestDeliveries.deliveredAgo(db, purchase.orderId(), Duration.ofDays(400));
        signInAs(purchase.shopper());
        navigate(AfterSalesRoutes.apply(purchase.orderId(), purchase.line().id()));

        assertThat(pageText()).contains("此商品已超过售后期限", "您仍可投诉商家");
        Anchor complain = _get(Anchor.class, spec -> spec.withText("投诉商家"));
        assertThat(complain.getHref())
                .isEqualTo(AfterSalesRoutes.complain(
                        purchase.orderId(), purchase.line().id()));

        navigate(complain.getHref());
        @SuppressWarnings("unchecked")
        RadioButtonGroup<CaseType> type = _get(RadioButtonGroup.class, spec -> spec.withLabel("售后类型"));
        assertThat(type.getValue()).isEqualTo(CaseType.COMPLAINT);
        assertThat(pageText()).doesNotContain("此商品已超过售后期限");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<CaseReason> reason = _get(RadioButtonGroup.class, spec -> spec.withLabel("原因"));
        _setValue(reason, CaseReason.COMPLAINT_NOT_AS_DESCRIBED);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("问题描述")), "用了两个月就褪色，与宣传不符");
        _click(_get(Button.class, spec -> spec.withText("提交申请")));

        assertThat(view()).isInstanceOf(AfterSalesCaseView.class);
        assertThat(pageText()).contains("商品与描述不符", "等待平台介入处理");
    }

    @Test
    void an_agent_upholds_a_complaint_with_a_refund_from_the_workbench() throws Exception {
        Purchase purchase = delivered(1);
        UUID caseId = as(
                purchase.shopper(),
                () -> service.apply(new ApplyCase(
                        purchase.orderId(), purchase.line().id(), CaseReason.COMPLAINT_SLOW_SHIPPING, "拖了一周才发货", 0)));
        signInAs(PlatformDecisionsTest.AGENT);
        navigate(AfterSalesRoutes.platformCase(caseId));

        assertThat(view()).isInstanceOf(PlatformCaseView.class);
        assertThat(pageText()).contains("判定投诉", "投诉不成立").doesNotContain("维持商家决定");
        _setValue(_get(BigDecimalField.class), new BigDecimal("10.00"));
        _setValue(_get(TextArea.class, spec -> spec.withLabel("处理理由（买家和商家可见）")), "发货超时，补偿 10 元");
        _click(_get(Button.class, spec -> spec.withText("投诉成立")));

        assertThat(pageText()).contains("投诉成立", "发货超时，补偿 10 元").doesNotContain("判定投诉");
        awaitState(purchase, caseId, CaseState.REFUNDED);
        assertThat(payments.refundedForOrder(purchase.orderId())).isEqualTo(1_000);
    }
}
