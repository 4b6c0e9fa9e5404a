package com.ks.platform.review.ui;

import com.ks.platform.review.ReviewDetails;
import com.ks.platform.ui.Formats;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;

/**
 * One review: who (masked), stars, the spec bought, text, photos (晒单), then 追评 and the shop's reply; a review an
 * officer hid says so.
 */
class ReviewCard extends Div {

    ReviewCard(ReviewDetails review) {
        addClassName("ks-review-card");
        Span author = new Span(review.authorName());
        author.addClassName("ks-review-author");
        Span date = new Span(Formats.dateTime(review.createdAt(), getLocale()));
        date.addClassName("ks-muted");
        Div heading = new Div(author, stars(this, review.stars()), date);
        heading.addClassName("ks-review-heading");
        add(heading);
        if (review.specText() != null && !review.specText().isBlank()) {
            Span spec = new Span(review.specText());
            spec.addClassNames("ks-muted", "ks-review-spec");
            add(spec);
        }
        Paragraph aspects = new Paragraph(getTranslation(
                "reviews.aspectsLine", review.qualityStars(), review.logisticsStars(), review.serviceStars()));
        aspects.addClassNames("ks-muted", "ks-review-aspects");
        if (review.hidden()) {
            // the author (and officers) still read their words, with the reason; everyone else reads that it was hidden
            Paragraph notice = new Paragraph(getTranslation(
                    review.body().isEmpty() ? "reviews.hiddenPublic" : "reviews.hiddenReason", review.hiddenReason()));
            notice.addClassNames("ks-muted", "ks-review-hidden");
            add(notice);
        }
        if (!review.body().isEmpty()) {
            add(new Paragraph(review.body()));
        }
        add(aspects);
        if (!review.photoUrls().isEmpty()) {
            Div photos = new Div();
            photos.addClassName("ks-review-photos");
            int i = 1;
            for (String url : review.photoUrls()) {
                Image photo = new Image(url, getTranslation("reviews.photoOf", review.authorName(), i++));
                Anchor open = new Anchor(url, photo);
                open.setTarget(AnchorTarget.BLANK);
                photos.add(open);
            }
            add(photos);
        }
        if (review.hasFollowUp()) {
            long days = Math.max(
                    0, Duration.between(review.createdAt(), review.followUpAt()).toDays());
            Div followUp = new Div(
                    new Span(getTranslation("reviews.followUpAfter", days)), new Paragraph(review.followUpBody()));
            followUp.addClassName("ks-review-follow-up");
            add(followUp);
        }
        if (review.hasReply()) {
            Div reply = new Div(new Span(getTranslation("reviews.shopReply")), new Paragraph(review.replyBody()));
            reply.addClassName("ks-review-reply");
            add(reply);
        }
    }

    /** ★★★★☆, read out as "4 星". */
    static Span stars(Div from, int stars) {
        Span span = new Span("★".repeat(stars) + "☆".repeat(5 - stars));
        span.addClassName("ks-review-stars");
        span.getElement().setAttribute("role", "img");
        span.getElement().setAttribute("aria-label", from.getTranslation("reviews.stars", stars));
        return span;
    }
}
