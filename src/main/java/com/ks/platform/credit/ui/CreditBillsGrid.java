package com.ks.platform.credit.ui;

import com.ks.platform.credit.CreditBill;
import com.ks.platform.ui.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;

/** The shopper's monthly bills, latest first, each with what is left and a repay button (to the cashier page). */
class CreditBillsGrid extends Grid<CreditBill> {

    /** The cashier page of a bill's repayment (payment module), linked by its route. */
    static final String REPAY_ROUTE = "account/credit/repay";

    CreditBillsGrid(List<CreditBill> bills) {
        setId("credit-bills");
        addColumn(b -> b.statementDate().toString()).setHeader(getTranslation("credit.bill.statement"));
        addColumn(b -> b.dueDate().toString()).setHeader(getTranslation("credit.bill.due"));
        addColumn(b -> Formats.money(b.amountFen(), getLocale()))
                .setHeader(getTranslation("credit.bill.amount"))
                .setTextAlign(ColumnTextAlign.END);
        addColumn(b -> Formats.money(b.paidFen(), getLocale()))
                .setHeader(getTranslation("credit.bill.paid"))
                .setTextAlign(ColumnTextAlign.END);
        addColumn(new ComponentRenderer<>(b -> {
                    Span status = new Span(getTranslation(b.status().messageKey()));
                    status.getElement()
                            .getThemeList()
                            .add(
                                    switch (b.status()) {
                                        case PAID -> "badge success";
                                        case OVERDUE -> "badge error";
                                        case OPEN -> "badge";
                                    });
                    return status;
                }))
                .setHeader(getTranslation("credit.bill.status"));
        addColumn(new ComponentRenderer<>(b -> {
            Button repay = new Button(
                    getTranslation("credit.bill.repay"),
                    click -> getUI().ifPresent(
                                    ui -> ui.navigate(REPAY_ROUTE, QueryParameters.of("bill", b.id().toString()))));
            repay.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            repay.setVisible(b.outstandingFen() > 0);
            return repay;
        }));
        addThemeVariants(GridVariant.LUMO_COMPACT);
        addClassName("ks-tabular");
        setAllRowsVisible(true);
        setItems(bills);
    }
}
