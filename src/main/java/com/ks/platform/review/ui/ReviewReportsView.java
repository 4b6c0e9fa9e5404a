package com.ks.platform.review.ui;

import com.ks.platform.catalog.ui.ProductView;
import com.ks.platform.identity.Roles;
import com.ks.platform.review.ReportedReview;
import com.ks.platform.review.ReviewModeration;
import com.ks.platform.shared.DomainException;
import com.ks.platform.shared.RuleViolated;
import com.ks.platform.ui.FieldErrors;
import com.ks.platform.ui.Formats;
import com.ks.platform.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * 评价举报: reviews shoppers reported, the longest-waiting first, each with all it says, how often and why it was
 * reported; the officer hides it (the author is told the reason) or dismisses the reports. Reviews are never deleted
 * (E-Commerce Law arts. 17, 39).
 */
@Route("compliance/review-reports")
@Menu(title = "nav.compliance.reviewReports", order = 4, icon = "vaadin:flag")
@RolesAllowed(Roles.COMPLIANCE_OFFICER)
public class ReviewReportsView extends Div implements HasDynamicTitle {

    static final int PAGE = 20;

    private final ReviewModeration moderation;
    private final Paragraph summary = new Paragraph();
    private final Div list = new Div();
    private final Button more = new Button();
    private int total;

    public ReviewReportsView(ReviewModeration moderation) {
        this.moderation = moderation;
        addClassName("ks-review-reports");
        Paragraph rule = new Paragraph(getTranslation("reviewReports.rule"));
        rule.addClassName("ks-muted");
        more.setText(getTranslation("reviews.more"));
        more.addClickListener(click -> showMore());
        add(new H2(getTranslation("nav.compliance.reviewReports")), rule, summary, list, more);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.compliance.reviewReports") + " · Ks";
    }

    private void refresh() {
        total = moderation.countReported();
        summary.setText(
                total == 0
                        ? getTranslation("reviewReports.empty")
                        : getTranslation("reviewReports.count", Formats.number(total, getLocale())));
        list.removeAll();
        showMore();
    }

    private void showMore() {
        moderation.reported(list.getComponentCount(), PAGE).forEach(reported -> list.add(card(reported)));
        more.setVisible(list.getComponentCount() < total);
    }

    private Div card(ReportedReview reported) {
        RouterLink product = new RouterLink(
                getTranslation("merchantReviews.product"),
                ProductView.class,
                new RouteParameters("productId", reported.review().productId().toString()));
        String reasons = Formats.list(
                reported.reasons().entrySet().stream()
                        .map(e -> getTranslation(e.getKey().messageKey()) + " × " + e.getValue())
                        .toList(),
                getLocale());
        Paragraph facts = new Paragraph(getTranslation(
                "reviewReports.facts",
                reported.reports(),
                reasons,
                Formats.dateTime(reported.firstReportedAt(), getLocale())));
        Div card = new Div(product, new ReviewCard(reported.review()), facts);
        if (reported.latestNote() != null) {
            Paragraph note = new Paragraph(getTranslation("reviewReports.note", reported.latestNote()));
            note.addClassName("ks-muted");
            card.add(note);
        }
        card.add(decision(reported));
        card.addClassNames("ks-card", "ks-review-report");
        return card;
    }

    private Div decision(ReportedReview reported) {
        TextField reason = new TextField(getTranslation("reviewReports.reason"));
        reason.setMaxLength(ReviewModeration.MAX_NOTE);
        reason.setRequiredIndicatorVisible(true);
        reason.setWidthFull();
        Button hide = decide("reviewReports.hide", reason, moderation::hide, reported);
        hide.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        Button dismiss = decide("reviewReports.dismiss", reason, moderation::dismissReports, reported);
        Div buttons = new Div(hide, dismiss);
        buttons.addClassName("ks-actions");
        Div form = new Div(reason, buttons);
        form.addClassName("ks-review-text-form");
        return form;
    }

    private Button decide(
            String key, TextField reason, BiConsumer<java.util.UUID, String> action, ReportedReview reported) {
        Button button = new Button(getTranslation(key));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.addClickListener(click -> {
            try {
                action.accept(reported.review().id(), reason.getValue());
                Notices.success(key + ".done");
                refresh();
            } catch (RuleViolated refused) {
                if (!FieldErrors.show(refused, Map.of("reason", reason))) {
                    Notices.error(refused);
                }
            } catch (DomainException refused) {
                Notices.error(refused);
            }
        });
        return button;
    }
}
