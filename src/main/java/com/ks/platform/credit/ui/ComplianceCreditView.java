package com.ks.platform.credit.ui;

import com.ks.platform.credit.CreditAssessments;
import com.ks.platform.credit.CreditOverview;
import com.ks.platform.identity.Roles;
import com.ks.platform.ui.Formats;
import com.ks.platform.ui.ListPages;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * 信用评估: every shopper's last automated credit assessment (latest first, paged), each opening the factors and points
 * that made it — so compliance can check that the decision is explainable and fair (PIPL art. 24).
 */
@Route("compliance/credit")
@Menu(title = "nav.compliance.credit", order = 3, icon = "vaadin:credit-card")
@RolesAllowed(Roles.COMPLIANCE_OFFICER)
public class ComplianceCreditView extends VerticalLayout implements HasDynamicTitle {

    public ComplianceCreditView(CreditAssessments assessments) {
        setPadding(false);
        Grid<CreditOverview> grid = new Grid<>();
        grid.setId("credit-assessments");
        grid.addColumn(CreditOverview::displayName)
                .setHeader(getTranslation("credit.compliance.shopper"))
                .setAutoWidth(true);
        grid.addColumn(c -> getTranslation(c.standing().messageKey() + ".short"))
                .setHeader(getTranslation("credit.compliance.standing"))
                .setAutoWidth(true);
        grid.addColumn(CreditOverview::score)
                .setHeader(getTranslation("credit.compliance.score"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(c -> Formats.money(c.limitFen(), getLocale()))
                .setHeader(getTranslation("credit.limit"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(c -> Formats.money(c.owedFen(), getLocale()))
                .setHeader(getTranslation("credit.owed"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(c -> c.frozen() ? getTranslation("credit.compliance.frozen") : "")
                .setHeader(getTranslation("credit.bill.status"));
        grid.addColumn(c -> Formats.dateTime(c.assessedAt(), getLocale()))
                .setHeader(getTranslation("credit.compliance.assessedAt"))
                .setAutoWidth(true);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(c -> new CreditFactorsGrid(c.factors())));
        grid.setDetailsVisibleOnClick(true);
        grid.addClassName("ks-tabular");
        grid.setItems(
                query -> assessments.latest(query.getOffset(), query.getLimit()).stream(),
                query -> assessments.count());
        add(
                new H2(getTranslation("credit.compliance.title")),
                new Paragraph(getTranslation("credit.compliance.note")),
                grid);
        ListPages.fill(this, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("credit.compliance.title");
    }
}
