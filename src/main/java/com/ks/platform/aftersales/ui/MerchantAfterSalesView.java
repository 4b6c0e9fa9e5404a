package com.ks.platform.aftersales.ui;

import com.ks.platform.aftersales.AfterSalesQueries;
import com.ks.platform.aftersales.AfterSalesRoutes;
import com.ks.platform.aftersales.CaseState;
import com.ks.platform.aftersales.CaseSummary;
import com.ks.platform.aftersales.CaseType;
import com.ks.platform.identity.Roles;
import com.ks.platform.merchant.ReturnAddresses;
import com.ks.platform.merchant.StaffAccess;
import com.ks.platform.merchant.StaffPermission;
import com.ks.platform.ui.Formats;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;

/**
 * The merchant's after-sales queue: the soonest deadline first with the time left in colour, filtered by type and
 * state, paged in the database; each case opens its page with the one action it waits for.
 */
@Route(AfterSalesRoutes.MERCHANT_QUEUE)
@Menu(title = "nav.merchant.afterSales", order = 4, icon = "vaadin:arrow-backward")
@RolesAllowed(Roles.MERCHANT)
@StaffAccess(StaffPermission.AFTER_SALES)
public class MerchantAfterSalesView extends VerticalLayout implements HasDynamicTitle {

    private final AfterSalesQueries queries;
    private final Clock clock;
    private final Grid<CaseSummary> grid = new Grid<>();
    private final Select<CaseType> type = new Select<>();
    private final Select<CaseState> state = new Select<>();

    public MerchantAfterSalesView(AfterSalesQueries queries, ReturnAddresses returnAddresses, Clock clock) {
        this.queries = queries;
        this.clock = clock;
        setPadding(false);
        setSizeFull();
        type.setLabel(getTranslation("aftersales.type"));
        type.setItems(CaseType.values());
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption(getTranslation("aftersales.filter.all"));
        type.setItemLabelGenerator(
                t -> t == null ? getTranslation("aftersales.filter.all") : getTranslation(t.messageKey()));
        state.setLabel(getTranslation("aftersales.state"));
        state.setItems(CaseState.values());
        state.setEmptySelectionAllowed(true);
        state.setEmptySelectionCaption(getTranslation("aftersales.filter.all"));
        state.setItemLabelGenerator(
                s -> s == null ? getTranslation("aftersales.filter.all") : getTranslation(s.messageKey()));
        type.addValueChangeListener(change -> refresh());
        state.addValueChangeListener(change -> refresh());
        grid.addComponentColumn(c -> TimeLeft.of(this, c.deadlineAt(), clock.instant()))
                .setHeader(getTranslation("aftersales.deadline"));
        grid.addColumn(c -> c.nextActor() == null
                        ? ""
                        : getTranslation("aftersales.actor." + c.nextActor().name()))
                .setHeader(getTranslation("aftersales.nextActor"));
        grid.addColumn(CaseSummary::caseNo).setHeader(getTranslation("aftersales.caseNo.short"));
        grid.addColumn(CaseSummary::title)
                .setHeader(getTranslation("aftersales.item"))
                .setFlexGrow(2);
        grid.addColumn(c -> getTranslation(c.type().messageKey())).setHeader(getTranslation("aftersales.type"));
        grid.addColumn(c -> getTranslation(c.reason().messageKey())).setHeader(getTranslation("aftersales.reason"));
        grid.addColumn(c -> getTranslation(c.state().messageKey())).setHeader(getTranslation("aftersales.state"));
        grid.addColumn(c -> Formats.money(c.refundFen(), getLocale())).setHeader(getTranslation("aftersales.refund"));
        grid.addItemClickListener(click -> getUI().ifPresent(ui ->
                ui.navigate(AfterSalesRoutes.merchantCase(click.getItem().id()))));
        grid.setSizeFull();
        add(
                new H2(getTranslation("nav.merchant.afterSales")),
                new ReturnAddressCard(returnAddresses),
                new HorizontalLayout(type, state),
                grid);
        refresh();
    }

    private void refresh() {
        CaseType t = type.getValue();
        CaseState s = state.getValue();
        int total = queries.countMerchantCases(t, s);
        grid.setItems(DataProvider.fromCallbacks(
                query -> queries.merchantCases(t, s, query.getOffset(), query.getLimit()).stream(), query -> total));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.merchant.afterSales") + " · Ks 下单平台";
    }
}
