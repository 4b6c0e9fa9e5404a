package com.ks.platform.payment.ui;

import com.ks.platform.identity.Roles;
import com.ks.platform.payment.SettlementLine;
import com.ks.platform.payment.SettlementPeriod;
import com.ks.platform.payment.SettlementQueries;
import com.ks.platform.ui.Formats;
import com.ks.platform.ui.ListPages;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.YearMonth;

/**
 * 结算对账单: the merchant's statement per month (this month so far first) — orders, gross, refunds, the platform's
 * commission and the net payable — and the orders of the selected month, paged in the database.
 */
@Route("merchant/settlement")
@Menu(title = "nav.merchant.settlement", order = 4, icon = "vaadin:invoice")
@RolesAllowed(Roles.MERCHANT)
public class MerchantSettlementView extends VerticalLayout implements HasDynamicTitle {

    private final SettlementQueries settlements;
    private final Grid<SettlementPeriod> months = new Grid<>();
    private final Grid<SettlementLine> lines = new Grid<>();
    private final H3 linesTitle = new H3();

    public MerchantSettlementView(SettlementQueries settlements) {
        this.settlements = settlements;
        setPadding(false);
        months.setId("settlement-months");
        months.addColumn(p -> monthName(p))
                .setHeader(getTranslation("settlement.month"))
                .setAutoWidth(true);
        months.addColumn(p -> Formats.number(p.orders(), getLocale())).setHeader(getTranslation("settlement.orders"));
        moneyColumn(months, SettlementPeriod::grossFen, "settlement.gross");
        moneyColumn(months, SettlementPeriod::refundsFen, "settlement.refunds");
        moneyColumn(months, SettlementPeriod::commissionFen, "settlement.commission");
        moneyColumn(months, SettlementPeriod::netPayableFen, "settlement.net");
        months.setItems(settlements.myPeriods());
        months.setAllRowsVisible(true);
        months.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));

        lines.setId("settlement-lines");
        lines.addColumn(SettlementLine::orderNo)
                .setHeader(getTranslation("settlement.orderNo"))
                .setAutoWidth(true);
        lines.addColumn(l -> Formats.dateTime(l.firstRecordedAt(), getLocale()))
                .setHeader(getTranslation("settlement.date"))
                .setAutoWidth(true);
        moneyColumn(lines, SettlementLine::amountFen, "settlement.amount");
        moneyColumn(lines, SettlementLine::refundFen, "settlement.refund");
        moneyColumn(lines, SettlementLine::commissionFen, "settlement.commission");
        moneyColumn(lines, SettlementLine::netFen, "settlement.net");
        lines.setVisible(false);
        add(
                new H2(getTranslation("nav.merchant.settlement")),
                new Paragraph(getTranslation("settlement.rule")),
                months);
        add(linesTitle, lines);
        ListPages.fill(this, lines);
        months.getListDataView().getItems().findFirst().ifPresent(months::select);
    }

    private void show(SettlementPeriod period) {
        lines.setVisible(period != null);
        linesTitle.setVisible(period != null);
        if (period == null) {
            return;
        }
        YearMonth month = period.month();
        linesTitle.setText(getTranslation("settlement.linesOf", monthName(period)));
        lines.setItems(
                query -> settlements.myLines(month, query.getOffset(), query.getLimit()).stream(),
                query -> settlements.countMyLines(month));
    }

    private String monthName(SettlementPeriod period) {
        String name = getTranslation(
                "settlement.monthName",
                String.valueOf(period.month().getYear()),
                String.valueOf(period.month().getMonthValue()));
        return period.current() ? name + " " + getTranslation("settlement.soFar") : name;
    }

    private <T> void moneyColumn(Grid<T> grid, ValueProvider<T, Long> fen, String header) {
        grid.addColumn(item -> Formats.money(fen.apply(item), getLocale()))
                .setHeader(getTranslation(header))
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END)
                .setAutoWidth(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.merchant.settlement");
    }
}
