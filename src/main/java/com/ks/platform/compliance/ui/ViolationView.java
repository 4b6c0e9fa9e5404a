package com.ks.platform.compliance.ui;

import com.ks.platform.compliance.AppealState;
import com.ks.platform.compliance.ViolationDetails;
import com.ks.platform.compliance.ViolationService;
import com.ks.platform.identity.Roles;
import com.ks.platform.ui.RouteObjects;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** One violation for officers: its facts, evidence and history, and the appeal decision when one is waiting. */
@Route(ComplianceRoutes.VIOLATIONS + "/:violationId")
@RolesAllowed(Roles.COMPLIANCE_OFFICER)
public class ViolationView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ViolationService violations;
    private String title = "";

    public ViolationView(ViolationService violations) {
        this.violations = violations;
        addClassName("ks-violation");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteObjects.showOrNotFound(event, "violationId", RouteObjects.orEmpty(violations::details), this::show);
    }

    private void show(ViolationDetails details) {
        removeAll();
        title = details.violation().number();
        var id = details.violation().id();
        add(new Anchor(ComplianceRoutes.VIOLATIONS, "← " + getTranslation("violation.back")));
        add(new ViolationFacts(details));
        add(new Anchor(ComplianceRoutes.rating(details.violation().merchantId()), getTranslation("rating.open")));
        if (details.violation().appealState() == AppealState.PENDING) {
            boolean own = violations.recordedByMe(id);
            add(new AppealDecisionPanel(violations, id, own, () -> show(violations.details(id))));
        }
        Div files = new Div(new H3(getTranslation("violation.evidence")));
        files.addClassName("ks-card");
        files.add(new EvidenceList(details.evidence(), evidenceId -> violations.evidenceContent(id, evidenceId)));
        add(files);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("violation.title", title);
    }
}
