package com.ks.platform.merchant.ui;

import com.ks.platform.identity.Roles;
import com.ks.platform.merchant.MerchantAccess;
import com.ks.platform.merchant.MerchantActor;
import com.ks.platform.merchant.MerchantDocumentService;
import com.ks.platform.merchant.MerchantQueries;
import com.ks.platform.merchant.MerchantRoutes;
import com.ks.platform.merchant.MerchantStatus;
import com.ks.platform.merchant.MerchantSummary;
import com.ks.platform.notification.NotificationService;
import com.ks.platform.shared.RuleViolated;
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
import java.util.stream.Collectors;

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
        Div statusCard = card();
        Span status =
                new Span(getTranslation("merchant.status." + merchant.status().name()));
        status.addClassNames("ks-status", "ks-status-" + merchant.status().tone());
        Paragraph since = new Paragraph(
                getTranslation("onboarding.since", Formats.dateTime(merchant.statusChangedAt(), getLocale())));
        since.addClassName("ks-muted");
        statusCard.add(
                new H2(getTranslation("onboarding.title")),
                new Paragraph(merchant.storeName() + " · " + merchant.companyName()),
                status,
                since,
                new Paragraph(
                        getTranslation("onboarding.explain." + merchant.status().name())));
        merchants.myLastDecision().ifPresent(decision -> statusCard.add(new DecisionReasons(decision)));

        Div documentsCard = card();
        documentsCard.add(new H3(getTranslation("documents.title")));
        var missing = documents.myMissingDocuments();
        if (!missing.isEmpty()) {
            Paragraph hint = new Paragraph(getTranslation(
                    "documents.missing",
                    missing.stream()
                            .map(kind -> getTranslation("document.kind." + kind.name()))
                            .collect(Collectors.joining("、"))));
            hint.addClassName("ks-warning");
            documentsCard.add(hint);
        }
        documentsCard.add(new MerchantDocumentGrid(documents.myDocuments()));
        if (merchant.status() != MerchantStatus.TERMINATED) {
            documentsCard.add(new DocumentUploadForm(documents, this::render));
        }
        if (merchant.status().canMoveTo(MerchantStatus.SUBMITTED)) {
            Button submit = new Button(
                    getTranslation(
                            merchant.status() == MerchantStatus.DRAFT ? "documents.submit" : "documents.resubmit"),
                    click -> submit());
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            submit.setDisableOnClick(true);
            documentsCard.add(new Div(submit));
        }

        Div noticesCard = card();
        noticesCard.add(new NoticeList(notifications));
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
