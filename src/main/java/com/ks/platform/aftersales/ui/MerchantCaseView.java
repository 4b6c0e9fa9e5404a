package com.ks.platform.aftersales.ui;

import com.ks.platform.aftersales.AfterSalesQueries;
import com.ks.platform.aftersales.AfterSalesService;
import com.ks.platform.aftersales.CaseConversation;
import com.ks.platform.aftersales.CaseDetails;
import com.ks.platform.aftersales.RefundProposals;
import com.ks.platform.identity.Roles;
import com.ks.platform.merchant.StaffAccess;
import com.ks.platform.merchant.StaffPermission;
import com.ks.platform.ui.RouteObjects;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;

/**
 * One case in the merchant portal: where it stands, the action it waits for (with a partial-refund proposal where one
 * may be made), its history.
 */
@Route("merchant/after-sales/:caseId")
@RolesAllowed(Roles.MERCHANT)
@StaffAccess(StaffPermission.AFTER_SALES)
public class MerchantCaseView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AfterSalesQueries queries;
    private final AfterSalesService service;
    private final RefundProposals proposals;
    private final CaseConversation conversation;
    private final Clock clock;

    public MerchantCaseView(
            AfterSalesQueries queries,
            AfterSalesService service,
            RefundProposals proposals,
            CaseConversation conversation,
            Clock clock) {
        this.queries = queries;
        this.service = service;
        this.proposals = proposals;
        this.conversation = conversation;
        this.clock = clock;
        setPadding(false);
        // the header, actions and history read as one column of equally wide cards
        setDefaultHorizontalComponentAlignment(Alignment.STRETCH);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("aftersales.case.title") + " · Ks 下单平台";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteObjects.showOrNotFound(event, "caseId", RouteObjects.orEmpty(queries::merchantCase), this::show);
    }

    private void show(CaseDetails details) {
        removeAll();
        Runnable reload = () -> show(queries.merchantCase(details.id()));
        add(
                new CaseHeader(details, clock.instant(), true),
                new MerchantCaseActions(
                        service, details, queries.suggestedReturnAddress().orElse(null), reload),
                new ProposalForm(proposals, details, queries.refundableOfMerchantCase(details.id()), reload),
                new ReturnParcelCard(details),
                new CaseConversationPanel(conversation, details.id(), CaseDetails.Actor.MERCHANT),
                new CaseTimeline(details));
    }
}
