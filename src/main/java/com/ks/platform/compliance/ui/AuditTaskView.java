package com.ks.platform.compliance.ui;

import com.ks.platform.catalog.ProductSanctions.SanctionableProduct;
import com.ks.platform.compliance.ViolationService;
import com.ks.platform.compliance.audits.AuditCheckItem;
import com.ks.platform.compliance.audits.AuditTask;
import com.ks.platform.compliance.audits.AuditTaskService;
import com.ks.platform.compliance.audits.AuditTaskState;
import com.ks.platform.identity.Roles;
import com.ks.platform.merchant.MerchantQueries;
import com.ks.platform.shared.DomainException;
import com.ks.platform.ui.Formats;
import com.ks.platform.ui.Notices;
import com.ks.platform.ui.RouteObjects;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One audit task: the merchant and sampled product, why it was drawn, the checklist (passed / failed with a note),
 * findings, and the result — passed once every item passed, or a violation recorded from the pre-filled form.
 */
@Route(ComplianceRoutes.AUDITS + "/:taskId")
@RolesAllowed(Roles.COMPLIANCE_OFFICER)
public class AuditTaskView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final AuditTaskService audits;
    private final MerchantQueries merchants;
    private final ViolationService violations;
    private final Clock clock;
    private final Map<AuditCheckItem, RadioButtonGroup<Boolean>> results = new EnumMap<>(AuditCheckItem.class);
    private final Map<AuditCheckItem, TextField> notes = new EnumMap<>(AuditCheckItem.class);
    private final TextArea findings = new TextArea();
    private String title = "";

    public AuditTaskView(AuditTaskService audits, MerchantQueries merchants, ViolationService violations, Clock clock) {
        this.audits = audits;
        this.merchants = merchants;
        this.violations = violations;
        this.clock = clock;
        addClassName("ks-card");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteObjects.showOrNotFound(event, "taskId", RouteObjects.orEmpty(audits::task), this::show);
    }

    private void show(AuditTask task) {
        removeAll();
        results.clear();
        notes.clear();
        title = task.taskNo();
        String store = merchants.storeNames(List.of(task.merchantId())).get(task.merchantId());
        add(new H2(getTranslation("audit.taskTitle", task.taskNo(), store)));
        Paragraph facts = new Paragraph(getTranslation(
                "audit.facts",
                getTranslation(task.origin().messageKey()),
                new AuditTasksView.RiskWords(this).of(task.riskReasons()),
                Formats.dateTime(task.dueAt(), getLocale()),
                getTranslation(task.state().messageKey())));
        if (task.overdue(clock.instant())) {
            facts.addClassNames("ks-status", "ks-status-bad");
        }
        add(facts);
        HorizontalLayout links = new HorizontalLayout(
                new Anchor(ComplianceRoutes.rating(task.merchantId()), getTranslation("rating.open")));
        if (task.productId() != null) {
            String product = violations.productsOf(task.merchantId()).stream()
                    .filter(p -> p.id().equals(task.productId()))
                    .map(SanctionableProduct::title)
                    .findFirst()
                    .orElse(task.productId().toString());
            links.add(new Anchor("product/" + task.productId(), getTranslation("audit.product", product)));
        }
        links.setAlignItems(FlexComponent.Alignment.CENTER);
        add(links, new H3(getTranslation("audit.checklist")));
        boolean open = task.state() == AuditTaskState.OPEN;
        for (AuditTask.Check check : task.checks()) {
            RadioButtonGroup<Boolean> result =
                    new RadioButtonGroup<>(getTranslation(check.item().messageKey()));
            result.setItems(Boolean.TRUE, Boolean.FALSE);
            result.setItemLabelGenerator(b -> getTranslation(b ? "audit.checkPassed" : "audit.checkFailed"));
            result.setValue(check.passed());
            result.setReadOnly(!open);
            TextField note = new TextField(getTranslation("audit.checkNote"));
            note.setValue(check.note() == null ? "" : check.note());
            note.setMaxLength(300);
            note.setReadOnly(!open);
            HorizontalLayout row = new HorizontalLayout(result, note);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            row.setWrap(true);
            results.put(check.item(), result);
            notes.put(check.item(), note);
            add(row);
        }
        findings.setLabel(getTranslation("audit.findings"));
        findings.setValue(task.findings() == null ? "" : task.findings());
        findings.setMaxLength(2000);
        findings.setWidthFull();
        findings.setReadOnly(!open);
        add(findings);
        if (open) {
            add(actions(task));
        } else {
            add(new Paragraph(
                    getTranslation("audit.closed", task.closedBy(), Formats.dateTime(task.closedAt(), getLocale()))));
            if (task.violationId() != null) {
                add(new Anchor(ComplianceRoutes.violation(task.violationId()), getTranslation("audit.violation")));
            }
        }
    }

    private HorizontalLayout actions(AuditTask task) {
        Button save =
                new Button(getTranslation("audit.save"), click -> act(task, () -> Notices.success("audit.saved")));
        Button pass = new Button(
                getTranslation("audit.pass"),
                click -> act(task, () -> {
                    audits.pass(task.id());
                    Notices.success("audit.passed");
                }));
        pass.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        Button violation = new Button(
                getTranslation("audit.openViolation"),
                click -> act(task, () -> getUI().ifPresent(ui -> ui.navigate(ComplianceRoutes.fromAudit(task.id())))));
        violation.addThemeVariants(ButtonVariant.LUMO_ERROR);
        HorizontalLayout bar = new HorizontalLayout(save, pass, violation);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        return bar;
    }

    /** Saves the checklist and findings, then does the step; a refusal leaves everything typed in place. */
    private void act(AuditTask task, Runnable then) {
        Map<AuditCheckItem, Boolean> checked = new EnumMap<>(AuditCheckItem.class);
        Map<AuditCheckItem, String> written = new EnumMap<>(AuditCheckItem.class);
        results.forEach((item, group) -> checked.put(item, group.getValue()));
        notes.forEach((item, field) -> written.put(item, field.getValue()));
        try {
            audits.save(task.id(), checked, written, findings.getValue());
            then.run();
            show(audits.task(task.id()));
        } catch (DomainException refused) {
            Notices.error(refused);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.pageTitle", title);
    }
}
