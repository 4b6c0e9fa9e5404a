package com.ks.platform.aftersales.ui;

import com.ks.platform.aftersales.AfterSalesQueries;
import com.ks.platform.aftersales.AfterSalesRoutes;
import com.ks.platform.aftersales.CaseSummary;
import com.ks.platform.identity.Roles;
import com.ks.platform.ui.Formats;
import com.ks.platform.ui.StorefrontLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** 我的售后 (the orders page's 售后 tab): the shopper's cases, newest first, each opening its case page. */
@Route(value = AfterSalesRoutes.MY_CASES, layout = StorefrontLayout.class)
@RolesAllowed(Roles.SHOPPER)
public class MyAfterSalesView extends Div implements HasDynamicTitle {

    public MyAfterSalesView(AfterSalesQueries queries) {
        addClassName("ks-after-sales-list");
        add(new H1(getTranslation("aftersales.mine.title")));
        int total = queries.countMine();
        if (total == 0) {
            add(new Paragraph(getTranslation("aftersales.mine.empty")));
            return;
        }
        Grid<CaseSummary> grid = new Grid<>();
        grid.addColumn(CaseSummary::caseNo).setHeader(getTranslation("aftersales.caseNo.short"));
        grid.addColumn(CaseSummary::title)
                .setHeader(getTranslation("aftersales.item"))
                .setFlexGrow(2);
        grid.addColumn(c -> getTranslation(c.type().messageKey())).setHeader(getTranslation("aftersales.type"));
        grid.addColumn(c -> getTranslation(c.state().messageKey())).setHeader(getTranslation("aftersales.state"));
        grid.addColumn(c -> Formats.money(c.refundFen(), getLocale())).setHeader(getTranslation("aftersales.refund"));
        grid.addColumn(c -> Formats.dateTime(c.createdAt(), getLocale()))
                .setHeader(getTranslation("aftersales.createdAt"));
        grid.setItems(DataProvider.fromCallbacks(
                query -> queries.myCases(query.getOffset(), query.getLimit()).stream(), query -> total));
        grid.addItemClickListener(click -> getUI().ifPresent(ui ->
                ui.navigate(AfterSalesRoutes.myCase(click.getItem().id()))));
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("aftersales.mine.title") + " · Ks 下单平台";
    }
}
