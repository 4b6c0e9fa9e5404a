package com.ks.platform.aftersales.ui;

import com.ks.platform.aftersales.AfterSalesQueries;
import com.ks.platform.aftersales.AfterSalesService;
import com.ks.platform.aftersales.CaseConversation;
import com.ks.platform.aftersales.CaseDetails;
import com.ks.platform.aftersales.CaseState;
import com.ks.platform.aftersales.RefundProposals;
import com.ks.platform.aftersales.ReturnPickups;
import com.ks.platform.identity.AddressQueries;
import com.ks.platform.identity.Roles;
import com.ks.platform.shared.DomainException;
import com.ks.platform.ui.Notices;
import com.ks.platform.ui.RouteObjects;
import com.ks.platform.ui.StorefrontLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;

/**
 * One case for its shopper, like a delivery tracker: the current step, who must act and by when, the history; and the
 * one thing the shopper can do now (填写退货单号 after approval, 撤销申请 while nothing is on its way, 接受/拒绝 a
 * partial-refund proposal, 申请平台介入 after a refusal or a declined proposal — or why it is no longer possible).
 */
@Route(value = "after-sales/:caseId", layout = StorefrontLayout.class)
@RolesAllowed(Roles.SHOPPER)
public class AfterSalesCaseView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final AfterSalesQueries queries;
    private final AfterSalesService service;
    private final RefundProposals proposals;
    private final ReturnPickups pickups;
    private final AddressQueries addresses;
    private final CaseConversation conversation;
    private final Clock clock;
    private CaseDetails details;

    public AfterSalesCaseView(
            AfterSalesQueries queries,
            AfterSalesService service,
            RefundProposals proposals,
            ReturnPickups pickups,
            AddressQueries addresses,
            CaseConversation conversation,
            Clock clock) {
        this.queries = queries;
        this.service = service;
        this.proposals = proposals;
        this.pickups = pickups;
        this.addresses = addresses;
        this.conversation = conversation;
        this.clock = clock;
        addClassName("ks-after-sales-case");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("aftersales.case.title") + " · Ks 下单平台";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteObjects.showOrNotFound(event, "caseId", RouteObjects.orEmpty(queries::myCase), this::show);
    }

    private void show(CaseDetails loaded) {
        details = loaded;
        removeAll();
        add(
                new CaseHeader(details, clock.instant(), false),
                actions(),
                new ReturnParcelCard(details),
                new CaseConversationPanel(conversation, details.id(), CaseDetails.Actor.SHOPPER),
                new CaseTimeline(details));
    }

    private Div actions() {
        Div actions = new Div();
        actions.addClassName("ks-case-actions");
        if (details.state() == CaseState.APPROVED) {
            actions.add(new ReturnMethodForm(service, pickups, addresses.mine(), details, this::reload));
        }
        if (details.state() == CaseState.RESHIPPED) {
            Button received = new Button(getTranslation("aftersales.confirmReturnedItem"), click -> {
                try {
                    service.confirmReturnedItem(details.id());
                    Notices.success("aftersales.saved");
                } catch (DomainException refused) {
                    Notices.error(refused);
                }
                reload();
            });
            received.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(received);
        }
        if (details.state() == CaseState.PROPOSED && details.proposal() != null) {
            actions.add(new ProposalAnswer(proposals, details, this::reload));
        }
        if (details.state().escalable()) {
            actions.add(new AskPlatformForm(service, details, clock.instant(), this::reload));
        }
        if (details.state() == CaseState.CLOSED
                && "ESCALATION_WINDOW_PASSED"
                        .equals(details.timeline().getLast().ruleKey())) {
            actions.add(new Paragraph(getTranslation("aftersales.askPlatform.expired")));
        }
        if (details.state().canMoveTo(CaseState.WITHDRAWN)) {
            actions.add(new Button(getTranslation("aftersales.withdraw"), click -> confirmWithdraw()));
        }
        return actions;
    }

    private void confirmWithdraw() {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("aftersales.withdraw"));
        dialog.setText(getTranslation("aftersales.withdraw.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("checkout.cancel"));
        dialog.setConfirmText(getTranslation("aftersales.withdraw"));
        dialog.addConfirmListener(confirmed -> {
            try {
                service.withdraw(details.id());
                Notices.success("aftersales.withdraw.done");
            } catch (DomainException refused) {
                Notices.error(refused);
            }
            reload();
        });
        dialog.open();
    }

    private void reload() {
        show(queries.myCase(details.id()));
    }
}
