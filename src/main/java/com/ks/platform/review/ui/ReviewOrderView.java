package com.ks.platform.review.ui;

import com.ks.platform.catalog.ProductArt;
import com.ks.platform.identity.Roles;
import com.ks.platform.ordering.OrderRoutes;
import com.ks.platform.review.LineReview;
import com.ks.platform.review.OrderReviews;
import com.ks.platform.review.ReviewQueries;
import com.ks.platform.review.ReviewService;
import com.ks.platform.ui.RouteObjects;
import com.ks.platform.ui.StorefrontLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.UUID;

/**
 * 评价晒单 for one order: each line with its form until reviewed, then the review with a 追评 form until followed up.
 * Another shopper's order shows "not found"; an order not yet delivered says so instead of offering forms.
 */
@Route(value = "orders/:orderId/review", layout = StorefrontLayout.class)
@RolesAllowed(Roles.SHOPPER)
public class ReviewOrderView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ReviewQueries queries;
    private final ReviewService reviews;
    private UUID orderId;

    public ReviewOrderView(ReviewQueries queries, ReviewService reviews) {
        this.queries = queries;
        this.reviews = reviews;
        addClassName("ks-review-order");
    }

    static String route(UUID orderId) {
        return OrderRoutes.order(orderId) + "/review";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reviews.writeTitle") + " · Ks 下单平台";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteObjects.showOrNotFound(event, "orderId", RouteObjects.orEmpty(queries::myOrder), this::show);
    }

    private void reload() {
        show(queries.myOrder(orderId));
    }

    private void show(OrderReviews order) {
        orderId = order.orderId();
        removeAll();
        Anchor back = new Anchor(OrderRoutes.order(orderId), getTranslation("reviews.backToOrder"));
        back.getElement().setAttribute("router-link", true);
        Div backRow = new Div(back);
        backRow.addClassName("ks-review-back");
        add(backRow, new H1(getTranslation("reviews.writeTitle")));
        if (!order.reviewable()) {
            Paragraph wait = new Paragraph(getTranslation("error.review.notDelivered"));
            wait.addClassNames("ks-card", "ks-muted");
            add(wait);
            return;
        }
        order.lines().forEach(line -> add(lineCard(line)));
    }

    private Div lineCard(LineReview line) {
        Image image = new Image(ProductArt.url(line.imageRef(), line.title()), line.title());
        image.addClassName("ks-order-line-image");
        Span title = new Span(line.title());
        title.addClassName("ks-order-line-title");
        Div info = new Div(title);
        if (line.specText() != null && !line.specText().isBlank()) {
            Span spec = new Span(line.specText());
            spec.addClassName("ks-muted");
            info.add(spec);
        }
        Div product = new Div(image, info);
        product.addClassName("ks-order-line");
        Div card = new Div(product);
        card.addClassNames("ks-card", "ks-review-line");
        if (!line.reviewed()) {
            card.add(new ReviewForm(reviews, orderId, line.lineId(), this::reload));
            return card;
        }
        card.add(new ReviewCard(line.review()));
        if (line.canFollowUp()) {
            card.add(new TextReplyForm(
                    "reviews.followUp",
                    "reviews.followUpSubmit",
                    "followUp",
                    text -> reviews.followUp(line.review().id(), text),
                    this::reload));
        }
        return card;
    }
}
