package com.ks.platform.aftersales.ui;

import com.ks.platform.aftersales.AfterSalesQueries;
import com.ks.platform.aftersales.CaseConversation;
import com.ks.platform.aftersales.CaseDetails;
import com.ks.platform.aftersales.CaseType;
import com.ks.platform.aftersales.Complaints;
import com.ks.platform.aftersales.PlatformDecisions;
import com.ks.platform.aftersales.WaitingCase;
import com.ks.platform.identity.Roles;
import com.ks.platform.ui.RouteObjects;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;

/** One case in the workbench: the case with its evidence, the decision while it waits for the platform, its history. */
@Route("workbench/after-sales/:caseId")
@RolesAllowed(Roles.CS_AGENT)
public class PlatformCaseView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AfterSalesQueries queries;
    private final PlatformDecisions decisions;
    private final CaseConversation conversation;
    private final Complaints complaints;
    private final Clock clock;

    public PlatformCaseView(
            AfterSalesQueries queries,
            PlatformDecisions decisions,
            CaseConversation conversation,
            Complaints complaints,
            Clock clock) {
        this.queries = queries;
        this.decisions = decisions;
        this.conversation = conversation;
        this.complaints = complaints;
        this.clock = clock;
        setPadding(false);
        setDefaultHorizontalComponentAlignment(Alignment.STRETCH);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("aftersales.case.title") + " · Ks 下单平台";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteObjects.showOrNotFound(event, "caseId", RouteObjects.orEmpty(queries::platformCase), this::show);
    }

    private void show(WaitingCase<CaseDetails> waiting) {
        CaseDetails details = waiting.detail();
        removeAll();
        Runnable changed = () -> show(queries.platformCase(details.id()));
        add(
                new CaseHeader(details, clock.instant(), true),
                details.type() == CaseType.COMPLAINT
                        ? new ComplaintDecisionForm(complaints, waiting, changed)
                        : new PlatformDecisionForm(decisions, waiting, changed),
                new ReturnParcelCard(details),
                new CaseConversationPanel(conversation, details.id(), CaseDetails.Actor.PLATFORM),
                new CaseTimeline(details));
    }
}
