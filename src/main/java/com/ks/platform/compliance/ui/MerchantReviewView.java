package com.ks.platform.compliance.ui;

import com.ks.platform.compliance.ReviewChecklistService;
import com.ks.platform.identity.Roles;
import com.ks.platform.merchant.MerchantDetails;
import com.ks.platform.merchant.MerchantDocument;
import com.ks.platform.merchant.MerchantDocumentService;
import com.ks.platform.merchant.MerchantQueries;
import com.ks.platform.merchant.MerchantReviewService;
import com.ks.platform.merchant.MerchantSummary;
import com.ks.platform.ui.Formats;
import com.ks.platform.ui.RouteObjects;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * One merchant's review: company facts, the system's checklist, the decision (with its claim), and the history on the
 * left; the documents themselves, inline, on the right.
 */
@Route(ComplianceRoutes.REVIEW + "/:merchantId")
@RolesAllowed(Roles.COMPLIANCE_OFFICER)
public class MerchantReviewView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final MerchantQueries merchants;
    private final MerchantDocumentService documents;
    private final MerchantReviewService review;
    private final ReviewChecklistService checklist;
    private String title = "";

    public MerchantReviewView(
            MerchantQueries merchants,
            MerchantDocumentService documents,
            MerchantReviewService review,
            ReviewChecklistService checklist) {
        this.merchants = merchants;
        this.documents = documents;
        this.review = review;
        this.checklist = checklist;
        addClassName("ks-review");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteObjects.showOrNotFound(event, "merchantId", merchants::details, this::show);
    }

    private void show(MerchantDetails details) {
        removeAll();
        MerchantSummary merchant = details.summary();
        title = merchant.storeName();
        List<MerchantDocument> shown = documents.documentsOf(merchant.id());

        Anchor back = new Anchor(ComplianceRoutes.HOME, "← " + getTranslation("review.back"));
        Div left = new Div(back, facts(details), new ChecklistPanel(checklist.checklist(merchant.id())));
        if (merchant.status().approvedOnce()) {
            // supervision of a merchant that trades: its rating, and recording a violation against it
            left.add(new Div(
                    new Anchor(ComplianceRoutes.rating(merchant.id()), getTranslation("rating.open")),
                    new Anchor(ComplianceRoutes.newViolation(merchant.id()), getTranslation("violation.new"))));
        }
        left.add(new DecisionPanel(
                review, merchant, shown, () -> merchants.details(merchant.id()).ifPresent(this::show)));
        left.add(new DecisionHistory(review.decisions(merchant.id()), review.history(merchant.id())));
        left.addClassName("ks-review-side");
        Div right = new Div(new H3(getTranslation("review.documents")), new DocumentViewer(documents, shown));
        right.addClassNames("ks-review-documents", "ks-card");
        add(left, right);
    }

    private Div facts(MerchantDetails details) {
        MerchantSummary merchant = details.summary();
        Div card = new Div();
        card.addClassName("ks-card");
        Span status =
                new Span(getTranslation("merchant.status." + merchant.status().name()));
        status.addClassNames("ks-status", "ks-status-" + merchant.status().tone());
        card.add(new H2(merchant.storeName()), status);
        Div list = new Div();
        list.addClassName("ks-facts");
        fact(list, "merchantSignUp.companyName", merchant.companyName());
        fact(list, "merchantSignUp.creditCode", merchant.creditCode());
        fact(list, "merchantSignUp.legalRepresentative", details.legalRepresentative());
        fact(list, "merchantSignUp.contactPhone", details.contactPhone());
        fact(
                list,
                "merchantSignUp.businessCategory",
                getTranslation("category." + merchant.businessCategory().name()));
        fact(list, "review.registered", Formats.dateTime(merchant.createdAt(), getLocale()));
        fact(list, "review.statusSince", Formats.dateTime(merchant.statusChangedAt(), getLocale()));
        card.add(list);
        return card;
    }

    private void fact(Div list, String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("ks-muted");
        list.add(label, new Span(value));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review.title", title);
    }
}
