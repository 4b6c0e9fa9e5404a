package com.ks.platform.aftersales;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.ks.platform.aftersales.TestPurchases.Purchase;
import com.ks.platform.aftersales.ui.PlatformCaseView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import java.math.BigDecimal;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** 平台介入 as people use it: the shopper asks from the case page, the agent finds the case in the queue and decides. */
class PlatformWorkbenchPagesTest extends AfterSalesTestSupport {

    @Test
    void a_shopper_asks_the_platform_from_a_refused_case_and_an_agent_refunds_part_of_it_from_the_queue()
            throws Exception {
        Purchase purchase = delivered(1);
        UUID caseId = apply(purchase, CaseReason.NO_REASON, 1);
        run(purchase.shop(), () -> service.refuse(caseId, "商品已拆封使用"));
        signInAs(purchase.shopper());
        navigate("after-sales/" + caseId);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("请说明不同意的理由")), "商品未拆封");
        _click(_get(Button.class, spec -> spec.withText("申请平台介入")));
        assertThat(pageText()).contains("等待平台介入处理", "商品未拆封");

        signInAs(PlatformDecisionsTest.AGENT);
        navigate("workbench");
        assertThat(pageText()).containsPattern("有 [1-9]\\d* 个售后申请等待平台处理").contains("打开队列");
        navigate("workbench/after-sales");
        @SuppressWarnings("unchecked")
        Grid<WaitingCase<CaseSummary>> grid = _get(Grid.class);
        int row = IntStream.range(0, GridKt._size(grid))
                .filter(i -> GridKt._get(grid, i).detail().id().equals(caseId))
                .findFirst()
                .orElseThrow();
        assertThat(GridKt._getFormattedRow(grid, row)).contains("¥50.00");
        GridKt._clickItem(grid, row);

        assertThat(view()).isInstanceOf(PlatformCaseView.class);
        assertThat(pageText()).contains("平台处理", "商品已拆封使用", "商品未拆封");
        _setValue(_get(BigDecimalField.class), new BigDecimal("20.00"));
        _setValue(_get(TextArea.class, spec -> spec.withLabel("处理理由（买家和商家可见）")), "包装破损，部分退款");
        _click(_get(Button.class, spec -> spec.withText("退款")));

        assertThat(pageText()).contains("包装破损，部分退款").doesNotContain("维持商家决定");
        awaitState(purchase, caseId, CaseState.REFUNDED);
        assertThat(payments.refundedForOrder(purchase.orderId())).isEqualTo(2_000);
    }
}
