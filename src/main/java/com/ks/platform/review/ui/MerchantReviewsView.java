package com.ks.platform.review.ui;

import com.ks.platform.catalog.ui.ProductView;
import com.ks.platform.identity.Roles;
import com.ks.platform.merchant.StaffAccess;
import com.ks.platform.merchant.StaffPermission;
import com.ks.platform.review.ReviewDetails;
import com.ks.platform.review.ReviewQueries;
import com.ks.platform.review.ReviewService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

/**
 * The shop's reviews, newest first (optionally only those without a reply), each with one reply. There is no delete:
 * merchants cannot remove reviews (E-Commerce Law arts. 17, 39).
 */
@Route("merchant/reviews")
@Menu(title = "nav.merchant.reviews", order = 5, icon = "vaadin:star")
@RolesAllowed(Roles.MERCHANT)
@StaffAccess(StaffPermission.AFTER_SALES)
public class MerchantReviewsView extends Div implements HasDynamicTitle {

    static final int PAGE = 20;

    private final ReviewQueries queries;
    private final ReviewService reviews;
    private final Checkbox unanswered = new Checkbox();
    private final Div list = new Div();
    private final Button more = new Button();
    private final Paragraph empty = new Paragraph();
    private int total;

    public MerchantReviewsView(ReviewQueries queries, ReviewService reviews) {
        this.queries = queries;
        this.reviews = reviews;
        addClassName("ks-merchant-reviews");
        unanswered.setLabel(getTranslation("merchantReviews.unansweredOnly"));
        unanswered.addValueChangeListener(change -> refresh());
        more.setText(getTranslation("reviews.more"));
        more.addClickListener(click -> showMore());
        empty.setText(getTranslation("merchantReviews.empty"));
        empty.addClassName("ks-muted");
        Paragraph rule = new Paragraph(getTranslation("merchantReviews.rule"));
        rule.addClassName("ks-muted");
        add(new H2(getTranslation("nav.merchant.reviews")), rule, unanswered, empty, list, more);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.merchant.reviews") + " · Ks";
    }

    private void refresh() {
        total = queries.countMyShopReviews(unanswered.getValue());
        list.removeAll();
        showMore();
        empty.setVisible(total == 0);
    }

    private void showMore() {
        for (ReviewDetails review : queries.myShopReviews(unanswered.getValue(), list.getComponentCount(), PAGE)) {
            list.add(card(review));
        }
        more.setVisible(list.getComponentCount() < total);
    }

    private Div card(ReviewDetails review) {
        RouterLink product = new RouterLink(
                getTranslation("merchantReviews.product"),
                ProductView.class,
                new RouteParameters("productId", review.productId().toString()));
        Div card = new Div(product, new ReviewCard(review));
        card.addClassNames("ks-card", "ks-merchant-review");
        if (!review.hasReply()) {
            card.add(new TextReplyForm(
                    "merchantReviews.reply",
                    "merchantReviews.replySubmit",
                    "reply",
                    text -> reviews.reply(review.id(), text),
                    this::refresh));
        }
        return card;
    }
}
