package com.ks.platform.credit.ui;

import com.ks.platform.credit.CreditPurchase;
import com.ks.platform.credit.CreditService;
import com.ks.platform.ui.Formats;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.ComponentRenderer;

/** Purchases on credit, newest first and paged lazily; each row opens its periods (分期计划). */
class CreditPlansGrid extends Grid<CreditPurchase> {

    CreditPlansGrid(CreditService credit) {
        setId("credit-plans");
        addColumn(p -> Formats.dateTime(p.purchasedAt(), getLocale())).setHeader(getTranslation("credit.plan.date"));
        addColumn(p -> Formats.money(p.principalFen(), getLocale()))
                .setHeader(getTranslation("credit.plan.amount"))
                .setTextAlign(ColumnTextAlign.END);
        addColumn(p -> p.periods() == 1
                        ? getTranslation("credit.plan.periods.one")
                        : getTranslation("credit.plan.periods", p.periods()))
                .setHeader(getTranslation("credit.plan.kind"));
        addColumn(p -> Formats.money(p.feeFen(), getLocale()))
                .setHeader(getTranslation("credit.period.fee"))
                .setTextAlign(ColumnTextAlign.END);
        addColumn(p -> p.refundedFen() == 0 ? "" : Formats.money(p.refundedFen(), getLocale()))
                .setHeader(getTranslation("credit.plan.refunded"))
                .setTextAlign(ColumnTextAlign.END);
        setItemDetailsRenderer(new ComponentRenderer<>(p -> new InstallmentScheduleGrid(p.schedule())));
        setDetailsVisibleOnClick(true);
        addThemeVariants(GridVariant.LUMO_COMPACT);
        addClassName("ks-tabular");
        setAllRowsVisible(true);
        setItems(
                query -> credit.myPurchases(query.getOffset(), query.getLimit()).stream(),
                query -> credit.countMyPurchases());
    }
}
