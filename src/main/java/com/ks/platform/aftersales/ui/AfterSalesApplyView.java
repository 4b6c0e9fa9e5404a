package com.ks.platform.aftersales.ui;

import com.ks.platform.aftersales.AfterSalesQueries;
import com.ks.platform.aftersales.AfterSalesRoutes;
import com.ks.platform.aftersales.AfterSalesService;
import com.ks.platform.aftersales.AfterSalesSettings;
import com.ks.platform.aftersales.ApplyCase;
import com.ks.platform.aftersales.ApplyOptions;
import com.ks.platform.aftersales.CaseReason;
import com.ks.platform.aftersales.CaseType;
import com.ks.platform.identity.Roles;
import com.ks.platform.shared.DomainException;
import com.ks.platform.shared.NotFound;
import com.ks.platform.shared.RuleViolated;
import com.ks.platform.ui.FieldErrors;
import com.ks.platform.ui.Notices;
import com.ks.platform.ui.StorefrontLayout;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.UUID;

/**
 * 申请售后 on one order line: the type, a reason from its list (reasons the rules do not allow are shown greyed with
 * why), the rules of that reason before submitting, the quantity and a description. Where nothing else is possible any
 * more, a link offers 投诉 (opened with {@code ?type=COMPLAINT}). A line of another shopper's order is not found.
 */
@Route(value = "after-sales/apply/:orderId/:lineId", layout = StorefrontLayout.class)
@RolesAllowed(Roles.SHOPPER)
public class AfterSalesApplyView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final AfterSalesQueries queries;
    private final AfterSalesService service;
    private final RadioButtonGroup<CaseType> type = new RadioButtonGroup<>();
    private final RadioButtonGroup<CaseReason> reason = new RadioButtonGroup<>();
    private final IntegerField quantity = new IntegerField();
    private final TextArea description = new TextArea();
    private final ApplyRules rules;
    private final EvidenceUpload evidence = new EvidenceUpload();
    private ApplyOptions options;
    private CaseType initialType = CaseType.RETURN_REFUND;

    public AfterSalesApplyView(AfterSalesQueries queries, AfterSalesService service, AfterSalesSettings settings) {
        this.queries = queries;
        this.service = service;
        this.rules = new ApplyRules(settings.merchantAnswer().toHours());
        addClassName("ks-after-sales-apply");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("aftersales.apply.title") + " · Ks 下单平台";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            UUID orderId =
                    UUID.fromString(event.getRouteParameters().get("orderId").orElseThrow());
            UUID lineId =
                    UUID.fromString(event.getRouteParameters().get("lineId").orElseThrow());
            initialType = event.getLocation().getQueryParameters().getSingleParameter("type").stream()
                    .flatMap(name -> java.util.Arrays.stream(CaseType.values())
                            .filter(t -> t.name().equals(name)))
                    .findFirst()
                    .orElse(CaseType.RETURN_REFUND);
            show(queries.options(orderId, lineId));
        } catch (IllegalArgumentException | NotFound | java.util.NoSuchElementException unknown) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void show(ApplyOptions loaded) {
        options = loaded;
        removeAll();
        add(new H1(getTranslation("aftersales.apply.title")));
        Paragraph item = new Paragraph(options.title()
                + (options.specText() == null ? "" : " · " + options.specText())
                + " · " + getTranslation("aftersales.orderNo", options.orderNo()));
        item.addClassName("ks-apply-item");
        add(item);
        if (initialType != CaseType.COMPLAINT && !otherThanComplaintAllowed()) {
            add(complaintInstead());
        }
        if (initialType != CaseType.COMPLAINT && (options.openCase() || options.claimable() == 0)) {
            add(new Paragraph(getTranslation(
                    options.openCase() ? "error.aftersales.openCaseExists" : "aftersales.apply.nothingLeft")));
            return;
        }
        type.setLabel(getTranslation("aftersales.type"));
        type.setItems(CaseType.values());
        type.setItemLabelGenerator(t -> getTranslation(t.messageKey()));
        type.addValueChangeListener(change -> showReasons());
        reason.setLabel(getTranslation("aftersales.reason"));
        reason.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        reason.setItemLabelGenerator(this::reasonLabel);
        reason.setItemEnabledProvider(r -> options.verdicts().get(r).allowed());
        reason.addValueChangeListener(change -> showRules());
        quantity.setLabel(getTranslation("aftersales.quantity"));
        quantity.setMin(1);
        quantity.setMax(options.claimable());
        quantity.setValue(options.claimable());
        quantity.setStepButtonsVisible(true);
        quantity.setHelperText(getTranslation("aftersales.apply.claimable", options.claimable()));
        quantity.addValueChangeListener(change -> showRules());
        description.setLabel(getTranslation("aftersales.description"));
        description.setMaxLength(500);
        description.setWidthFull();
        Button submit = new Button(getTranslation("aftersales.apply.submit"), click -> submit());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        type.setValue(initialType);
        add(type, reason, rules, quantity, description, evidence, submit);
    }

    private boolean otherThanComplaintAllowed() {
        return options.verdicts().entrySet().stream()
                .anyMatch(v ->
                        v.getKey().type() != CaseType.COMPLAINT && v.getValue().allowed());
    }

    /** "已超过售后期限… 您仍可投诉商家", with a link to this page with 投诉 chosen. */
    private Paragraph complaintInstead() {
        Paragraph offer = new Paragraph(getTranslation("aftersales.apply.complaintInstead") + " ");
        offer.add(new Anchor(
                AfterSalesRoutes.complain(options.orderId(), options.lineId()),
                getTranslation("aftersales.apply.complain")));
        offer.addClassName("ks-apply-complaint");
        return offer;
    }

    private String reasonLabel(CaseReason r) {
        var verdict = options.verdicts().get(r);
        String label = getTranslation(r.messageKey());
        return verdict.allowed() ? label : label + "（" + getTranslation(verdict.refusalKey()) + "）";
    }

    private void showReasons() {
        // a complaint is about the order: it claims no units
        quantity.setVisible(type.getValue() != CaseType.COMPLAINT);
        if (type.getValue() == null) {
            // the page is shown again (another query string): the type's items were just replaced
            reason.setItems(java.util.List.of());
            return;
        }
        reason.setItems(type.getValue().reasons());
        type.getValue().reasons().stream()
                .filter(r -> options.verdicts().get(r).allowed())
                .findFirst()
                .ifPresent(reason::setValue);
        showRules();
    }

    private void showRules() {
        CaseReason chosen = reason.getValue();
        int units = quantity.getValue() == null ? 0 : quantity.getValue();
        rules.show(chosen, chosen == null ? null : options.verdicts().get(chosen), options.unitRefundFen() * units);
    }

    private void submit() {
        if (reason.getValue() == null) {
            reason.setErrorMessage(getTranslation("error.aftersales.reasonRequired"));
            reason.setInvalid(true);
            return;
        }
        try {
            UUID caseId = service.apply(new ApplyCase(
                    options.orderId(),
                    options.lineId(),
                    reason.getValue(),
                    description.getValue(),
                    quantity.getValue() == null ? 0 : quantity.getValue(),
                    evidence.files()));
            Notices.success("aftersales.apply.done");
            getUI().ifPresent(ui -> ui.navigate(AfterSalesRoutes.myCase(caseId)));
        } catch (RuleViolated violation) {
            if (!FieldErrors.show(
                    violation,
                    Map.<String, HasValidation>of(
                            "description", description, "reason", reason, "evidence", evidence))) {
                Notices.error(violation);
            }
        } catch (DomainException refused) {
            Notices.error(refused);
        }
    }
}
