package com.ks.platform.merchant.ui;

import com.ks.platform.identity.Roles;
import com.ks.platform.merchant.DocumentKind;
import com.ks.platform.merchant.MerchantAccess;
import com.ks.platform.merchant.MerchantActor;
import com.ks.platform.merchant.MerchantDocumentService;
import com.ks.platform.merchant.MerchantQueries;
import com.ks.platform.merchant.MerchantRoutes;
import com.ks.platform.merchant.MerchantStatus;
import com.ks.platform.merchant.MerchantSummary;
import com.ks.platform.notification.NotificationService;
import com.ks.platform.shared.RuleViolated;
import com.ks.platform.ui.Buttons;
import com.ks.platform.ui.Formats;
import com.ks.platform.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Set;

/**
 * Where a merchant follows its qualification: status and the reasons of the last decision, its documents with upload,
 * (re)submission for review, and its in-site notices. The only page it sees until it may trade.
 */
@Route(MerchantRoutes.ONBOARDING)
@Menu(title = "nav.merchant.onboarding", order = 9, icon = "vaadin:diploma")
@RolesAllowed(Roles.MERCHANT)
public class OnboardingStatusView extends Div implements HasDynamicTitle {

    private final MerchantQueries merchants;
    private final MerchantAccess access;
    private final MerchantDocumentService documents;
    private final NotificationService notifications;

    public OnboardingStatusView(
            MerchantQueries merchants,
            MerchantAccess access,
            MerchantDocumentService documents,
            NotificationService notifications) {
        this.merchants = merchants;
        this.access = access;
        this.documents = documents;
        this.notifications = notifications;
        addClassName("ks-stack");
        render();
    }

    private void render() {
        removeAll();
        access.current()
                .filter(MerchantActor::owner)
                .map(MerchantActor::merchant)
                .ifPresentOrElse(this::show, () -> {
                    Div card = card();
                    card.add(
                            new H2(getTranslation("onboarding.title")),
                            new Paragraph(getTranslation("onboarding.none")));
                });
    }

    private void show(MerchantSummary merchant) {
        MerchantStatus state = merchant.status();
        Set<DocumentKind> missing = documents.myMissingDocuments();
        boolean complete = missing.isEmpty();
        Div statusCard = card();
        Span status = new Span(getTranslation(stageKey(state, complete)));
        status.addClassNames("ks-status", "ks-status-" + state.tone());
        status.setId("onboarding-stage");
        Paragraph since = new Paragraph(
                getTranslation("onboarding.since", Formats.dateTime(merchant.statusChangedAt(), getLocale())));
        since.addClassName("ks-muted");
        statusCard.add(
                new H2(getTranslation("onboarding.title")),
                new Paragraph(merchant.storeName() + " · " + merchant.companyName()),
                status,
                since,
                new Paragraph(getTranslation(
                        state == MerchantStatus.DRAFT && complete
                                ? "onboarding.explain.READY"
                                : "onboarding.explain." + state.name())));
        merchants.myLastDecision().ifPresent(decision -> statusCard.add(new DecisionReasons(decision)));

        Div documentsCard = card();
        documentsCard.add(
                new H3(getTranslation("documents.title")),
                new DocumentChecklist(DocumentKind.requiredFor(merchant.businessCategory()), missing),
                new MerchantDocumentGrid(documents.myDocuments()));
        if (state != MerchantStatus.TERMINATED) {
            documentsCard.add(new DocumentUploadForm(documents, merchant.companyName(), missing, this::render));
        }
        if (state.canMoveTo(MerchantStatus.SUBMITTED)) {
            documentsCard.add(submitStep(state, complete));
        }

        Div noticesCard = card();
        noticesCard.add(new NoticeList(notifications));
    }

    /** The merchant's own words for where it stands: documents to add, ready to submit, or in review. */
    private static String stageKey(MerchantStatus state, boolean complete) {
        return switch (state) {
            case DRAFT -> complete ? "onboarding.stage.ready" : "onboarding.stage.missing";
            case SUBMITTED, UNDER_REVIEW -> "onboarding.stage.inReview";
            default -> "merchant.status." + state.name();
        };
    }

    /** Review starts only when the merchant says so, and only with every required document filed. */
    private Div submitStep(MerchantStatus state, boolean complete) {
        Button submit = Buttons.submitting(
                new Button(getTranslation(state == MerchantStatus.DRAFT ? "documents.submit" : "documents.resubmit")),
                this::submit);
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setEnabled(complete);
        Div step = new Div(submit);
        step.addClassName("ks-onboarding-submit");
        if (!complete) {
            Span why = new Span(getTranslation("onboarding.submit.incomplete"));
            why.addClassName("ks-muted");
            why.setId("onboarding-submit-why");
            submit.getElement().setAttribute("aria-describedby", why.getId().orElseThrow());
            step.add(why);
        }
        return step;
    }

    private void submit() {
        try {
            documents.submitForReview();
            Notices.success("documents.submitted");
        } catch (RuleViolated refused) {
            Notices.error(refused);
        }
        render();
    }

    private Div card() {
        return Cards.addTo(this);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("onboarding.title");
    }
}
