package com.ks.platform.review.ui;

import com.ks.platform.review.ReviewDetails;
import com.ks.platform.review.ReviewModeration;
import com.ks.platform.shared.DomainException;
import com.ks.platform.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * Below a review on the product page: how many found it helpful, and for a signed-in shopper who did not write it, 有用
 * (pressed again to take it back) and 举报. Visitors and staff see the count only.
 */
class ReviewActions extends Div {

    private final ReviewModeration moderation;
    private final ReviewDetails review;
    private final Span count = new Span();
    private int helpful;

    ReviewActions(ReviewModeration moderation, ReviewDetails review, boolean canAct, boolean votedByMe) {
        this.moderation = moderation;
        this.review = review;
        this.helpful = review.helpfulCount();
        addClassName("ks-review-actions");
        count.addClassName("ks-muted");
        if (!canAct || review.hidden()) {
            showCount();
            add(count);
            return;
        }
        Button vote = new Button();
        vote.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        vote.setIcon(VaadinIcon.THUMBS_UP_O.create());
        show(vote, votedByMe);
        vote.addClickListener(click -> toggle(vote));
        Button report = new Button(getTranslation("reviewReport.open"));
        report.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        report.addClickListener(
                click -> new ReportReviewDialog(moderation, review.id(), () -> report.setEnabled(false)).open());
        add(vote, report);
    }

    private void toggle(Button vote) {
        try {
            boolean now = moderation.toggleHelpful(review.id());
            helpful += now ? 1 : -1;
            show(vote, now);
        } catch (DomainException refused) {
            Notices.error(refused);
        }
    }

    private void show(Button vote, boolean voted) {
        vote.setText(getTranslation("reviews.helpful", helpful));
        vote.getElement().setAttribute("aria-pressed", Boolean.toString(voted));
    }

    private void showCount() {
        count.setText(helpful == 0 ? "" : getTranslation("reviews.helpfulCount", helpful));
    }
}
