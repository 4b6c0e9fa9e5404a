package com.ks.platform.engagement.ui;

import com.ks.platform.engagement.SearchInsights;
import com.ks.platform.identity.Roles;
import com.ks.platform.ui.Formats;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.function.IntFunction;

/** Administrators see what shoppers search for most, and which searches found nothing, over the last 7 or 30 days. */
@Route("admin/search-insights")
@Menu(title = "nav.admin.searchInsights", order = 3, icon = "vaadin:search")
@RolesAllowed(Roles.ADMIN)
public class SearchInsightsView extends VerticalLayout implements HasDynamicTitle {

    private final Grid<SearchInsights.QueryCount> top;
    private final Grid<SearchInsights.QueryCount> zero;

    public SearchInsightsView(SearchInsights insights) {
        setPadding(false);
        RadioButtonGroup<Integer> period = new RadioButtonGroup<>(getTranslation("admin.searchInsights.period"));
        period.setItems(SearchInsights.PERIODS);
        period.setItemLabelGenerator(days -> getTranslation("admin.searchInsights.days", days));
        top = grid();
        zero = grid();
        period.addValueChangeListener(change -> show(insights, change.getValue()));
        FlexLayout lists =
                new FlexLayout(column("admin.searchInsights.top", top), column("admin.searchInsights.zero", zero));
        lists.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        lists.getStyle().set("gap", "var(--lumo-space-l)");
        lists.setWidthFull();
        add(new H2(getTranslation("nav.admin.searchInsights")), period, lists);
        period.setValue(SearchInsights.PERIODS.getFirst());
    }

    private void show(SearchInsights insights, int days) {
        fill(top, days, insights::topQueries);
        fill(zero, days, insights::zeroResultQueries);
    }

    private static void fill(
            Grid<SearchInsights.QueryCount> grid, int days, IntFunction<List<SearchInsights.QueryCount>> rows) {
        grid.setItems(rows.apply(days));
    }

    private VerticalLayout column(String titleKey, Grid<SearchInsights.QueryCount> grid) {
        VerticalLayout column = new VerticalLayout(new H3(getTranslation(titleKey)), grid);
        column.setPadding(false);
        column.getStyle().set("flex", "1 1 22rem").set("min-width", "0");
        return column;
    }

    private Grid<SearchInsights.QueryCount> grid() {
        Grid<SearchInsights.QueryCount> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(SearchInsights.QueryCount::query)
                .setHeader(getTranslation("admin.searchInsights.query"))
                .setFlexGrow(1);
        grid.addColumn(row -> Formats.number(row.searches(), getLocale()))
                .setHeader(getTranslation("admin.searchInsights.searches"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(row -> Formats.dateTime(row.lastSearchedAt(), getLocale()))
                .setHeader(getTranslation("admin.searchInsights.last"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("admin.searchInsights.empty"));
        grid.setAllRowsVisible(true);
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.searchInsights");
    }
}
