package com.ks.platform.aftersales.ui;

import com.ks.platform.aftersales.AfterSalesQueries;
import com.ks.platform.aftersales.AfterSalesRoutes;
import com.ks.platform.aftersales.CaseSummary;
import com.ks.platform.aftersales.WaitingCase;
import com.ks.platform.identity.Roles;
import com.ks.platform.ui.Formats;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;

/**
 * The workbench's 平台介入 queue: cases waiting for the platform (refused cases the shopper escalated, failed
 * inspections), the longest waiting first with the time waited, paged in the database; a row opens the case.
 */
@Route(AfterSalesRoutes.PLATFORM_QUEUE)
@Menu(title = "nav.workbench.platformCases", order = 2, icon = "vaadin:gavel")
@RolesAllowed(Roles.CS_AGENT)
public class PlatformQueueView extends VerticalLayout implements HasDynamicTitle {

    public PlatformQueueView(AfterSalesQueries queries, Clock clock) {
        setPadding(false);
        setSizeFull();
        Grid<WaitingCase<CaseSummary>> grid = new Grid<>();
        grid.addColumn(c -> waited(Duration.between(c.waitingSince(), clock.instant())))
                .setHeader(getTranslation("workbench.platform.waited"));
        grid.addColumn(c -> c.detail().caseNo()).setHeader(getTranslation("aftersales.caseNo.short"));
        var item = grid.addColumn(c -> c.detail().title())
                .setHeader(getTranslation("aftersales.item"))
                .setFlexGrow(2)
                .setTooltipGenerator(c -> c.detail().title());
        grid.addColumn(c -> getTranslation(c.detail().reason().messageKey()))
                .setHeader(getTranslation("aftersales.reason"));
        grid.addColumn(c -> Formats.money(c.refundableFen(), getLocale()))
                .setHeader(getTranslation("workbench.platform.refundable"));
        grid.getColumns().stream().filter(column -> column != item).forEach(column -> column.setAutoWidth(true));
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(
                AfterSalesRoutes.platformCase(click.getItem().detail().id()))));
        grid.setSizeFull();
        int total = queries.countWaitingForPlatform();
        grid.setItems(DataProvider.fromCallbacks(
                query -> queries.waitingForPlatform(query.getOffset(), query.getLimit()).stream(), query -> total));
        add(new H2(getTranslation("nav.workbench.platformCases")), grid);
    }

    private String waited(Duration waited) {
        return getTranslation(
                "workbench.platform.waitedFor", waited.toDays(), waited.toHoursPart(), waited.toMinutesPart());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.workbench.platformCases") + " · Ks 下单平台";
    }
}
