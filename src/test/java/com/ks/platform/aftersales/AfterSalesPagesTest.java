package com.ks.platform.aftersales;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.ks.platform.aftersales.TestPurchases.Purchase;
import com.ks.platform.aftersales.ui.AfterSalesApplyView;
import com.ks.platform.aftersales.ui.AfterSalesCaseView;
import com.ks.platform.aftersales.ui.MerchantCaseView;
import com.ks.platform.ordering.Carrier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The shopper's apply and case pages and the merchant's queue and case page, as people use them. */
class AfterSalesPagesTest extends AfterSalesTestSupport {

    @Test
    void a_shopper_opens_a_return_from_the_order_page_and_sees_the_rules_before_submitting() {
        Purchase purchase = delivered(2);
        signInAs(purchase.shopper());
        navigate("orders/" + purchase.orderId());

        _click(_get(Button.class, spec -> spec.withText("申请售后")));

        assertThat(view()).isInstanceOf(AfterSalesApplyView.class);
        assertThat(pageText()).contains("七天无理由退货", "可申请至", "无理由退货的寄回运费由买家承担", "商家需在 48 小时内处理", "退款金额：¥100.00");
        _setValue(_get(IntegerField.class), 1);
        assertThat(pageText()).contains("退款金额：¥50.00");
        _click(_get(Button.class, spec -> spec.withText("提交申请")));

        assertThat(view()).isInstanceOf(AfterSalesCaseView.class);
        assertThat(pageText()).contains("等待商家处理", "剩余 1 天 23 小时", "撤销申请", "七天无理由退货");
    }

    @Test
    void an_excluded_product_offers_no_no_reason_return_and_says_why() {
        Purchase purchase = delivered(1, com.ks.platform.catalog.ReturnExclusion.CUSTOM_MADE);
        signInAs(purchase.shopper());

        navigate("after-sales/apply/" + purchase.orderId() + "/"
                + purchase.line().id());

        assertThat(pageText()).contains("不适用七天无理由退货", "寄回运费由商家承担");
    }

    @Test
    void after_approval_the_case_page_takes_the_return_tracking_number_and_shows_it_in_the_history() {
        Purchase purchase = delivered(1);
        UUID caseId = apply(purchase, CaseReason.NO_REASON, 1);
        run(purchase.shop(), () -> service.approve(caseId, "杭州市西湖区文三路 90 号 售后部"));
        signInAs(purchase.shopper());
        navigate("after-sales/" + caseId);
        assertThat(pageText()).contains("商家已同意，请寄回商品", "等待你操作", "退货地址：杭州市西湖区文三路 90 号 售后部");

        _setValue(_get(Select.class, spec -> spec.withLabel("快递公司")), Carrier.SF);
        _setValue(_get(TextField.class, spec -> spec.withLabel("运单号")), "sf 1234 5678 9012");
        _click(_get(Button.class, spec -> spec.withText("填写退货单号")));

        assertThat(pageText()).contains("退货已寄出", "SF123456789012", "等待商家处理");
        assertThat(stateOf(purchase, caseId)).isEqualTo(CaseState.RETURN_SHIPPED);
    }

    @Test
    void another_shoppers_case_page_is_not_found() {
        Purchase purchase = delivered(1);
        UUID caseId = apply(purchase, CaseReason.NO_REASON, 1);
        signInAs(newShopper());

        navigate("after-sales/" + caseId);

        assertThat(view()).isNotInstanceOf(AfterSalesCaseView.class);
    }

    @Test
    void the_merchant_queue_lists_the_shops_cases_with_the_time_left_and_the_merchant_approves_one() {
        Purchase purchase = delivered(1);
        UUID caseId = apply(purchase, CaseReason.QUALITY_PROBLEM, 1);
        signInAs(purchase.shop());
        navigate("merchant/after-sales");

        @SuppressWarnings("unchecked")
        Grid<CaseSummary> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).id()).isEqualTo(caseId);
        assertThat(pageText()).contains("售后处理");

        navigate("merchant/after-sales/" + caseId);
        assertThat(view()).isInstanceOf(MerchantCaseView.class);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("退货地址")), "杭州市西湖区文三路 90 号 售后部");
        _click(_get(Button.class, spec -> spec.withText("同意")));

        assertThat(pageText()).contains("商家已同意，请寄回商品", "等待买家操作");
        assertThat(stateOf(purchase, caseId)).isEqualTo(CaseState.APPROVED);
    }

    @Test
    void the_orders_after_sales_tab_lists_the_shoppers_cases() {
        Purchase purchase = delivered(1);
        apply(purchase, CaseReason.NO_REASON, 1);
        signInAs(purchase.shopper());

        navigate("orders?tab=AFTER_SALES");

        assertThat(view()).isInstanceOf(com.ks.platform.aftersales.ui.MyAfterSalesView.class);
        @SuppressWarnings("unchecked")
        Grid<CaseSummary> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).title()).isEqualTo(purchase.line().title());
    }

    @Test
    void the_merchant_sends_an_exchanged_item_back_from_the_case_page() {
        Purchase purchase = delivered(1);
        UUID caseId = apply(purchase, CaseReason.EXCHANGE_FAULTY, 1);
        run(purchase.shop(), () -> service.approve(caseId, "杭州市西湖区文三路 90 号 售后部"));
        run(purchase.shopper(), () -> service.shipBack(caseId, Carrier.SF, trackingNo()));
        run(purchase.shop(), () -> service.confirmReceipt(caseId));
        signInAs(purchase.shop());
        navigate("merchant/after-sales/" + caseId);
        assertThat(pageText()).doesNotContain("验货通过并退款", "退款金额");

        _setValue(_get(Select.class, spec -> spec.withLabel("快递公司")), Carrier.SF);
        _setValue(_get(TextField.class, spec -> spec.withLabel("运单号")), "SF1234567890123");
        _click(_get(Button.class, spec -> spec.withText("寄出换货/维修商品")));

        assertThat(pageText()).contains("商家已寄出换货/维修商品", "SF1234567890123", "等待买家操作");
    }
}
