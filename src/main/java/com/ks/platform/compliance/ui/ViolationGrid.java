package com.ks.platform.compliance.ui;

import com.ks.platform.compliance.Violation;
import com.ks.platform.ui.Formats;
import com.vaadin.flow.component.grid.Grid;
import java.util.function.Function;

/** Violations, newest first: number, shop, kind, penalty, its state and the appeal's. A click opens one. */
class ViolationGrid extends Grid<Violation> {

    ViolationGrid(boolean showStore, Function<Violation, String> route) {
        addColumn(Violation::number)
                .setHeader(getTranslation("violation.number"))
                .setAutoWidth(true);
        if (showStore) {
            addColumn(Violation::storeName)
                    .setHeader(getTranslation("violation.store"))
                    .setAutoWidth(true);
        }
        addColumn(v -> getTranslation("violation.type." + v.typeCode()))
                .setHeader(getTranslation("violation.type"))
                .setAutoWidth(true);
        addColumn(v -> getTranslation("violation.penalty." + v.penalty().name()))
                .setHeader(getTranslation("violation.penalty"))
                .setAutoWidth(true);
        addComponentColumn(ViolationFacts::badge)
                .setHeader(getTranslation("violation.stateHeader"))
                .setAutoWidth(true);
        addColumn(v -> getTranslation("violation.appeal." + v.appealState().name()))
                .setHeader(getTranslation("violation.appealState"))
                .setAutoWidth(true);
        addColumn(v -> Formats.dateTime(v.decidedAt(), getLocale()))
                .setHeader(getTranslation("violation.decidedAt"))
                .setAutoWidth(true);
        setEmptyStateText(getTranslation("violation.empty"));
        addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(route.apply(click.getItem()))));
    }
}
