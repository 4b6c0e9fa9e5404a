package com.ks.platform.credit.ui;

import com.ks.platform.credit.InstallmentSchedule;
import com.ks.platform.ui.Formats;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.function.ValueProvider;
import java.util.List;

/** The periods of a plan: due date, principal, fee and total of each (the cashier shows it before confirming). */
public class InstallmentScheduleGrid extends Grid<InstallmentSchedule.Period> {

    public InstallmentScheduleGrid(List<InstallmentSchedule.Period> periods) {
        addColumn(p -> getTranslation("credit.period.seqOf", p.seq())).setHeader(getTranslation("credit.period.seq"));
        addColumn(p -> p.dueDate().toString()).setHeader(getTranslation("credit.period.due"));
        money(InstallmentSchedule.Period::principalFen, "credit.period.principal");
        money(InstallmentSchedule.Period::feeFen, "credit.period.fee");
        money(InstallmentSchedule.Period::totalFen, "credit.period.total");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
        addClassName("ks-tabular");
        setAllRowsVisible(true);
        setItems(periods);
    }

    private void money(ValueProvider<InstallmentSchedule.Period, Long> fen, String key) {
        addColumn(p -> Formats.money(fen.apply(p), getLocale()))
                .setHeader(getTranslation(key))
                .setTextAlign(ColumnTextAlign.END);
    }
}
