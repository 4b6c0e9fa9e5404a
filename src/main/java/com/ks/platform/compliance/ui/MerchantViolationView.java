package com.ks.platform.compliance.ui;

import com.ks.platform.compliance.MerchantViolationService;
import com.ks.platform.compliance.ViolationDetails;
import com.ks.platform.identity.Roles;
import com.ks.platform.merchant.MerchantRoutes;
import com.ks.platform.ui.RouteObjects;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;

/** One of the merchant's violations: facts, evidence, history, and the appeal form while an appeal may be sent. */
@Route(MerchantRoutes.VIOLATIONS + "/:violationId")
@RolesAllowed(Roles.MERCHANT)
public class MerchantViolationView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final MerchantViolationService violations;
    private final Clock clock;
    private String title = "";

    public MerchantViolationView(MerchantViolationService violations, Clock clock) {
        this.violations = violations;
        this.clock = clock;
        addClassName("ks-violation");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteObjects.showOrNotFound(event, "violationId", RouteObjects.orEmpty(violations::mine), this::show);
    }

    private void show(ViolationDetails details) {
        removeAll();
        var violation = details.violation();
        title = violation.number();
        add(new Anchor(MerchantRoutes.VIOLATIONS, "← " + getTranslation("merchantViolations.back")));
        add(new ViolationFacts(details));
        if (violation.appealOpen(clock.instant())) {
            add(new AppealForm(violations, violation, () -> show(violations.mine(violation.id()))));
        }
        Div files = new Div(new H3(getTranslation("violation.evidence")));
        files.addClassName("ks-card");
        files.add(new EvidenceList(
                details.evidence(), evidenceId -> violations.evidenceContent(violation.id(), evidenceId)));
        add(files);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("violation.title", title);
    }
}
