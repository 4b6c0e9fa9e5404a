package com.ks.platform.compliance.ui;

import com.ks.platform.catalog.ProductSanctions.SanctionableProduct;
import com.ks.platform.compliance.NewViolation;
import com.ks.platform.compliance.Penalty;
import com.ks.platform.compliance.ViolationService;
import com.ks.platform.compliance.ViolationType;
import com.ks.platform.compliance.audits.AuditTask;
import com.ks.platform.compliance.audits.AuditTaskService;
import com.ks.platform.compliance.findings.Finding;
import com.ks.platform.compliance.findings.FindingService;
import com.ks.platform.identity.Roles;
import com.ks.platform.merchant.MerchantQueries;
import com.ks.platform.merchant.MerchantSummary;
import com.ks.platform.shared.DomainException;
import com.ks.platform.shared.RuleViolated;
import com.ks.platform.ui.FieldErrors;
import com.ks.platform.ui.Notices;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * An officer records a violation: the merchant, the kind (which proposes a penalty and period), the penalty, the
 * products it concerns, what happened and evidence. {@code ?merchant=<id>} comes pre-selected from a merchant's page;
 * {@code ?finding=<id>} and {@code ?audit=<id>} fill the form from an automatic finding or an audit task, and saving
 * then confirms the finding or closes the task with the violation. The penalty applies as soon as it is saved.
 */
@Route(ComplianceRoutes.NEW_VIOLATION)
@RolesAllowed(Roles.COMPLIANCE_OFFICER)
public class NewViolationView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ViolationService violations;
    private final MerchantQueries merchants;
    private final ComboBox<MerchantSummary> merchant = new ComboBox<>();
    private final Select<ViolationType> type = new Select<>();
    private final Select<Penalty> penalty = new Select<>();
    private final IntegerField days = new IntegerField();
    private final MultiSelectComboBox<SanctionableProduct> products = new MultiSelectComboBox<>();
    private final TextArea description = new TextArea();
    private final EvidenceUpload evidence = new EvidenceUpload("violation.evidence");
    private final Button save = new Button();
    private final FindingService findings;
    private final AuditTaskService audits;
    private UUID fromFinding;
    private UUID fromAudit;

    public NewViolationView(
            ViolationService violations, MerchantQueries merchants, FindingService findings, AuditTaskService audits) {
        this.violations = violations;
        this.merchants = merchants;
        this.findings = findings;
        this.audits = audits;
        addClassName("ks-card");
        merchant.setLabel(getTranslation("violation.store"));
        merchant.setItemLabelGenerator(MerchantSummary::storeName);
        merchant.setItems(
                query ->
                        merchants
                                .penalisable(query.getFilter().orElse(""), query.getOffset(), query.getLimit())
                                .stream(),
                query -> merchants.countPenalisable(query.getFilter().orElse("")));
        merchant.addValueChangeListener(change -> loadProducts(change.getValue()));
        type.setLabel(getTranslation("violation.type"));
        type.setItems(violations.types());
        type.setItemLabelGenerator(t -> getTranslation("violation.type." + t.code()));
        type.addValueChangeListener(change -> propose(change.getValue()));
        penalty.setLabel(getTranslation("violation.penalty"));
        penalty.setItems(Penalty.values());
        penalty.setItemLabelGenerator(p -> getTranslation("violation.penalty." + p.name()));
        penalty.addValueChangeListener(change ->
                days.setEnabled(change.getValue() == null || change.getValue().hasPeriod()));
        days.setLabel(getTranslation("violation.days"));
        days.setMin(1);
        days.setMax(365);
        days.setStepButtonsVisible(true);
        products.setLabel(getTranslation("violation.products"));
        products.setItemLabelGenerator(SanctionableProduct::title);
        products.setHelperText(getTranslation("violation.productsHelp"));
        description.setLabel(getTranslation("violation.description"));
        description.setMaxLength(2000);
        description.setMinHeight("8em");
        FormLayout form = new FormLayout(merchant, type, penalty, days, products, description);
        form.setColspan(products, 2);
        form.setColspan(description, 2);
        save.setText(getTranslation("violation.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        save.setDisableOnClick(true);
        save.addClickListener(click -> save());
        add(new H2(getTranslation("violation.newTitle")), form, evidence, save);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        parameters
                .getSingleParameter("merchant")
                .flatMap(NewViolationView::id)
                .ifPresent(id -> merchants.publicFacts(id).ifPresent(merchant::setValue));
        try {
            parameters
                    .getSingleParameter("finding")
                    .flatMap(NewViolationView::id)
                    .ifPresent(this::fillFromFinding);
            parameters.getSingleParameter("audit").flatMap(NewViolationView::id).ifPresent(this::fillFromAudit);
        } catch (DomainException gone) {
            Notices.error(gone);
        }
    }

    /** A confirmed finding: its merchant, kind, product and what the scan found, for the officer to complete. */
    private void fillFromFinding(UUID findingId) {
        Finding finding = findings.finding(findingId);
        merchants.publicFacts(finding.merchantId()).ifPresent(merchant::setValue);
        type.getListDataView()
                .getItems()
                .filter(t -> t.code().equals(finding.typeCode()))
                .findFirst()
                .ifPresent(type::setValue);
        products.getListDataView()
                .getItems()
                .filter(p -> p.id().equals(finding.productId()))
                .findFirst()
                .ifPresent(p -> products.setValue(java.util.Set.of(p)));
        description.setValue(getTranslation(
                "finding.description", getTranslation(finding.kind().messageKey()), finding.term(), finding.excerpt()));
        fromFinding = findingId;
    }

    /** An audit that found a violation: its merchant and product, and the findings written on the task. */
    private void fillFromAudit(UUID taskId) {
        AuditTask task = audits.task(taskId);
        merchants.publicFacts(task.merchantId()).ifPresent(merchant::setValue);
        if (task.productId() != null) {
            products.getListDataView()
                    .getItems()
                    .filter(p -> p.id().equals(task.productId()))
                    .findFirst()
                    .ifPresent(p -> products.setValue(java.util.Set.of(p)));
        }
        description.setValue(task.findings() == null ? "" : task.findings());
        fromAudit = taskId;
    }

    private static java.util.Optional<UUID> id(String text) {
        try {
            return java.util.Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException notAnId) {
            // a mistyped link opens the empty form
            return java.util.Optional.empty();
        }
    }

    private void loadProducts(MerchantSummary chosen) {
        products.clear();
        products.setItems(chosen == null ? java.util.List.of() : violations.productsOf(chosen.id()));
    }

    private void propose(ViolationType chosen) {
        if (chosen != null) {
            penalty.setValue(chosen.defaultPenalty());
            days.setValue(chosen.defaultDays());
        }
    }

    private void save() {
        try {
            NewViolation recorded = new NewViolation(
                    merchant.getValue() == null ? null : merchant.getValue().id(),
                    type.getValue() == null ? null : type.getValue().code(),
                    description.getValue(),
                    penalty.getValue(),
                    days.getValue(),
                    products.getValue().stream().map(SanctionableProduct::id).collect(Collectors.toSet()),
                    evidence.files());
            UUID id = fromFinding != null
                    ? findings.confirm(fromFinding, recorded)
                    : fromAudit != null ? audits.closeWithViolation(fromAudit, recorded) : violations.record(recorded);
            Notices.success("violation.saved");
            getUI().ifPresent(ui -> ui.navigate(ComplianceRoutes.violation(id)));
        } catch (RuleViolated refused) {
            Map<String, HasValidation> fields = new HashMap<>(Map.of(
                    "type", type, "description", description, "penalty", penalty, "days", days, "products", products));
            if (!FieldErrors.show(refused, fields)) {
                Notices.error(refused);
            }
            String fileError = refused.fieldErrors().get("evidence");
            if (fileError != null) {
                evidence.clear();
                Notices.error(fileError);
            }
        } catch (DomainException refused) {
            Notices.error(refused);
        } finally {
            save.setEnabled(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("violation.newTitle");
    }
}
