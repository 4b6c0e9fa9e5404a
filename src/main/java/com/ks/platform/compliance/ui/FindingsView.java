package com.ks.platform.compliance.ui;

import com.ks.platform.compliance.findings.Finding;
import com.ks.platform.compliance.findings.FindingKind;
import com.ks.platform.compliance.findings.FindingService;
import com.ks.platform.compliance.findings.FindingState;
import com.ks.platform.identity.Roles;
import com.ks.platform.merchant.MerchantQueries;
import com.ks.platform.shared.DomainException;
import com.ks.platform.shared.RuleViolated;
import com.ks.platform.ui.Formats;
import com.ks.platform.ui.ListPages;
import com.ks.platform.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * Automatic findings (★): products whose texts carry an Advertising Law art. 9 term or a prohibited-goods keyword, or
 * whose price is far from its category's. Each is a proposal: the officer confirms it by recording a violation (the
 * form comes pre-filled) or dismisses it with a reason.
 */
@Route(ComplianceRoutes.FINDINGS)
@Menu(title = "nav.compliance.findings", order = 2.5, icon = "vaadin:search")
@RolesAllowed(Roles.COMPLIANCE_OFFICER)
public class FindingsView extends VerticalLayout implements HasDynamicTitle {

    private final FindingService findings;
    private final ConfigurableFilterDataProvider<Finding, Void, FindingState> rows;

    public FindingsView(FindingService findings, MerchantQueries merchants) {
        this.findings = findings;
        setPadding(false);
        Select<FindingState> state = new Select<>();
        state.setLabel(getTranslation("finding.filter"));
        state.setItems(FindingState.values());
        state.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        state.setValue(FindingState.PROPOSED);
        Button scan = new Button(getTranslation("finding.scanAll"), click -> {
            Notices.success("finding.scanned", findings.scanAll());
            refresh();
        });
        scan.setDisableOnClick(true);
        HorizontalLayout bar = new HorizontalLayout(state, scan);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);

        Grid<Finding> grid = new Grid<>();
        grid.addColumn(f -> Formats.dateTime(f.foundAt(), getLocale()))
                .setHeader(getTranslation("finding.foundAt"))
                .setAutoWidth(true);
        grid.addColumn(f ->
                        merchants.storeNames(java.util.List.of(f.merchantId())).get(f.merchantId()))
                .setHeader(getTranslation("violation.store"))
                .setAutoWidth(true);
        grid.addColumn(Finding::productTitle)
                .setHeader(getTranslation("finding.product"))
                .setFlexGrow(1);
        grid.addColumn(f -> getTranslation(f.kind().messageKey()))
                .setHeader(getTranslation("finding.kind"))
                .setAutoWidth(true);
        grid.addColumn(this::what).setHeader(getTranslation("finding.what")).setFlexGrow(2);
        grid.addComponentColumn(this::actions)
                .setHeader(getTranslation("finding.decision"))
                .setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("finding.empty"));
        rows = DataProvider.<Finding, FindingState>fromFilteringCallbacks(
                        query -> findings
                                .list(
                                        query.getFilter().orElse(FindingState.PROPOSED),
                                        query.getOffset(),
                                        query.getLimit())
                                .stream(),
                        query -> findings.count(query.getFilter().orElse(FindingState.PROPOSED)))
                .withConfigurableFilter();
        rows.setFilter(FindingState.PROPOSED);
        grid.setItems(rows);
        state.addValueChangeListener(change -> rows.setFilter(change.getValue()));
        add(new H2(getTranslation("finding.title")), new Paragraph(getTranslation("finding.intro")), bar, grid);
        ListPages.fill(this, grid);
    }

    private String what(Finding f) {
        if (f.kind() == FindingKind.PRICE) {
            String[] fen = f.excerpt().split("\\|");
            return getTranslation(
                    "finding.price",
                    Formats.money(Long.parseLong(fen[0]), getLocale()),
                    Formats.money(Long.parseLong(fen[1]), getLocale()));
        }
        return getTranslation("finding.term", f.term(), f.excerpt());
    }

    private com.vaadin.flow.component.Component actions(Finding f) {
        if (f.state() != FindingState.PROPOSED) {
            return new Paragraph(f.decidedBy() + (f.decisionNote() == null ? "" : "：" + f.decisionNote()));
        }
        Anchor confirm = new Anchor(ComplianceRoutes.fromFinding(f.id()), getTranslation("finding.confirm"));
        Button dismiss = new Button(getTranslation("finding.dismiss"), click -> dismiss(f));
        dismiss.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout actions = new HorizontalLayout(confirm, dismiss);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        return actions;
    }

    private void dismiss(Finding f) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("finding.dismissTitle", f.productTitle()));
        TextArea reason = new TextArea(getTranslation("finding.dismissReason"));
        reason.setWidthFull();
        reason.setMaxLength(2000);
        Button save = new Button(getTranslation("finding.dismiss"), click -> {
            try {
                findings.dismiss(f.id(), reason.getValue());
                Notices.success("finding.dismissed");
                dialog.close();
                refresh();
            } catch (RuleViolated refused) {
                reason.setInvalid(true);
                reason.setErrorMessage(
                        getTranslation(refused.fieldErrors().getOrDefault("reason", refused.messageKey())));
            } catch (DomainException refused) {
                Notices.error(refused);
                dialog.close();
                refresh();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(reason);
        dialog.getFooter().add(new Button(getTranslation("decision.cancel"), click -> dialog.close()), save);
        dialog.setWidth("min(520px, 95vw)");
        dialog.open();
    }

    private void refresh() {
        rows.refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("finding.title");
    }
}
