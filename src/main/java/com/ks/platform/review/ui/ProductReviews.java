package com.ks.platform.review.ui;

import com.ks.platform.identity.Roles;
import com.ks.platform.review.RatingSummary;
import com.ks.platform.review.ReviewDetails;
import com.ks.platform.review.ReviewFilter;
import com.ks.platform.review.ReviewModeration;
import com.ks.platform.review.ReviewQueries;
import com.ks.platform.review.ReviewTag;
import com.ks.platform.shared.CurrentActor;
import com.ks.platform.ui.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The product page's 商品评价: average, 好评率 and how the stars are spread, the tags drawn from the reviews' text
 * (物流很快 (23)) and filters with their counts (有图, 好评, 中评, 差评, 追评), and the reviews newest first, ten at a time, each with 有用 and 举报 for signed-in shoppers.
 */
class ProductReviews extends Div {

    static final int PAGE = 10;

    private final ReviewQueries queries;
    private final ReviewModeration moderation;
    private final boolean shopper = CurrentActor.hasRole(Roles.SHOPPER);
    private final UUID productId;
    private final RatingSummary summary;
    private final Map<ReviewFilter, Button> filters = new EnumMap<>(ReviewFilter.class);
    private final Div list = new Div();
    private final Button more = new Button();
    private ReviewFilter current = ReviewFilter.ALL;
    private ReviewTag currentTag;
    private ReviewTagBar tagBar;

    ProductReviews(ReviewQueries queries, ReviewModeration moderation, UUID productId) {
        this.queries = queries;
        this.moderation = moderation;
        this.productId = productId;
        this.summary = queries.summary(productId);
        addClassNames("ks-card", "ks-product-reviews");
        setId("reviews");
        add(new H2(getTranslation("reviews.heading", Formats.number(summary.count(), getLocale()))));
        if (summary.count() == 0) {
            Paragraph none = new Paragraph(getTranslation("product.noRatings"));
            none.addClassName("ks-muted");
            Paragraph hint = new Paragraph(getTranslation("reviews.noneHint"));
            hint.addClassName("ks-muted");
            add(none, hint);
            return;
        }
        add(overview());
        List<ReviewTag> tags = queries.tags(productId);
        if (!tags.isEmpty()) {
            tagBar = new ReviewTagBar(tags, this::chooseTag);
            add(tagBar);
        }
        add(filterBar());
        list.addClassName("ks-review-list");
        more.setText(getTranslation("reviews.more"));
        more.addClickListener(click -> showMore());
        add(list, more);
        choose(ReviewFilter.ALL);
    }

    private Div overview() {
        Span average = new Span(String.valueOf(summary.average()));
        average.addClassName("ks-review-average");
        Span good = new Span(getTranslation("reviews.goodPercent", summary.goodPercent()));
        good.addClassName("ks-muted");
        Div score = new Div(average, ReviewCard.stars(this, (int) Math.round(summary.average())), good);
        score.addClassName("ks-review-score");
        Div bars = new Div();
        bars.addClassName("ks-review-bars");
        List<Integer> byStars = summary.byStars();
        for (int i = 0; i < byStars.size(); i++) {
            int stars = 5 - i;
            int count = byStars.get(i);
            Div fill = new Div();
            fill.addClassName("ks-review-bar-fill");
            fill.setWidth(Math.round(100f * count / summary.count()) + "%");
            Div bar = new Div(fill);
            bar.addClassName("ks-review-bar");
            // the row's visible text ("5 星 … 12") says it all; the bar is decoration
            bar.getElement().setAttribute("aria-hidden", "true");
            Div row = new Div(new Span(getTranslation("reviews.stars", stars)), bar, new Span(String.valueOf(count)));
            row.addClassName("ks-review-bar-row");
            bars.add(row);
        }
        Div overview = new Div(score, bars);
        overview.addClassName("ks-review-overview");
        return overview;
    }

    private Div filterBar() {
        Div bar = new Div();
        bar.addClassName("ks-review-filters");
        for (ReviewFilter filter : ReviewFilter.values()) {
            Button button =
                    new Button(getTranslation(filter.messageKey(), summary.count(filter)), click -> choose(filter));
            button.addThemeVariants(ButtonVariant.LUMO_SMALL);
            filters.put(filter, button);
            bar.add(button);
        }
        return bar;
    }

    /** A tag replaces the star and photo filters; pressing the chosen tag again shows all reviews. */
    private void chooseTag(ReviewTag tag) {
        if (currentTag != null && currentTag.code().equals(tag.code())) {
            choose(ReviewFilter.ALL);
            return;
        }
        currentTag = tag;
        tagBar.select(tag.code());
        pressFilter(null);
        list.removeAll();
        showMore();
    }

    private void choose(ReviewFilter filter) {
        current = filter;
        currentTag = null;
        if (tagBar != null) {
            tagBar.select(null);
        }
        pressFilter(filter);
        list.removeAll();
        showMore();
    }

    private void pressFilter(ReviewFilter filter) {
        filters.forEach((f, button) -> {
            button.getElement().setAttribute("aria-pressed", Boolean.toString(f == filter));
            if (f == filter) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            } else {
                button.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
        });
    }

    private void showMore() {
        List<ReviewDetails> page = currentTag == null
                ? queries.productReviews(productId, current, list.getComponentCount(), PAGE)
                : queries.productReviewsTagged(productId, currentTag.code(), list.getComponentCount(), PAGE);
        ReviewModeration.ReaderMarks marks = shopper
                ? moderation.myMarks(page.stream().map(ReviewDetails::id).toList())
                : new ReviewModeration.ReaderMarks(Set.of(), Set.of());
        for (ReviewDetails review : page) {
            ReviewCard card = new ReviewCard(review);
            boolean canAct = shopper && !marks.written().contains(review.id());
            card.add(new ReviewActions(
                    moderation, review, canAct, marks.helpful().contains(review.id())));
            list.add(card);
        }
        more.setVisible(list.getComponentCount() < (currentTag == null ? summary.count(current) : currentTag.count()));
        if (list.getComponentCount() == 0) {
            Paragraph none = new Paragraph(getTranslation("reviews.noneForFilter"));
            none.addClassName("ks-muted");
            list.add(none);
        }
    }
}
