package com.ks.platform.credit.ui;

import com.ks.platform.credit.CreditFactor;
import com.ks.platform.ui.Formats;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;
import java.util.Locale;

/** The factors of one credit assessment: what was observed and the points it gave, with the total as the score. */
public class CreditFactorsGrid extends Grid<CreditFactor> {

    public CreditFactorsGrid(List<CreditFactor> factors) {
        addColumn(f -> getTranslation(f.code().messageKey()))
                .setHeader(getTranslation("credit.factor.column"))
                .setAutoWidth(true);
        addColumn(f -> observed(f, getLocale())).setHeader(getTranslation("credit.factor.observed"));
        addColumn(f -> (f.points() > 0 ? "+" : "") + f.points())
                .setHeader(getTranslation("credit.factor.points"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
        addClassName("ks-tabular");
        setAllRowsVisible(true);
        setItems(factors);
    }

    /** The observed value in words: days, orders, money, "cancelled of paid", or the repayment counts. */
    String observed(CreditFactor factor, Locale locale) {
        String[] parts = factor.observed().split("/");
        return switch (factor.code()) {
            case PAID_AMOUNT -> Formats.money(Long.parseLong(parts[0]), locale);
            case ACCOUNT_AGE, KEPT_ORDERS -> getTranslation(factor.code().messageKey() + ".value", parts[0]);
            case REFUND_RATE, REPAYMENT -> getTranslation(factor.code().messageKey() + ".value", (Object[]) parts);
        };
    }
}
