package com.ks.platform.payment;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.ks.platform.ui.Formats;
import com.vaadin.flow.component.grid.Grid;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** 结算对账 as a merchant sees it: this month's figures and its orders, and nothing of another shop. */
class MerchantSettlementViewTest extends SettlementTestSupport {

    @Test
    void a_merchant_sees_this_months_net_payable_and_the_orders_behind_it() {
        Shop shop = newShop();
        UUID order = paidOrder(shop, new Item("MENSWEAR", 20_000)); // 1 600 commission
        payments.refundOrder(order, 5_000, "售后部分退款", "settle-view-" + order); // 400 back
        Shop other = newShop();
        paidOrder(other, new Item("PHONE", 30_000));

        signInAs(shop.email());
        navigate("merchant/settlement");

        Locale zh = Locale.SIMPLIFIED_CHINESE;
        @SuppressWarnings("unchecked")
        Grid<SettlementPeriod> months = _get(Grid.class, spec -> spec.withId("settlement-months"));
        assertThat(GridKt._getFormattedRow(months, 0))
                .contains(
                        Formats.money(20_000, zh),
                        Formats.money(5_000, zh),
                        Formats.money(1_200, zh),
                        Formats.money(13_800, zh))
                .anySatisfy(cell -> assertThat(cell).contains("本月至今"));
        @SuppressWarnings("unchecked")
        Grid<SettlementLine> lines = _get(Grid.class, spec -> spec.withId("settlement-lines"));
        assertThat(GridKt._size(lines)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(lines, 0))
                .contains(Formats.money(20_000, zh), Formats.money(13_800, zh))
                .doesNotContain(Formats.money(30_000, zh));
    }
}
