package com.ks.platform.promotion.ui;

import com.ks.platform.identity.Roles;
import com.ks.platform.promotion.PromotionRoutes;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.UUID;

/**
 * Where a visitor's 领取 leads: a shopper-only address, so the visitor signs in first (the saved request brings them
 * back here), then it forwards to the product page or the coupon centre, where 领取 is now theirs to press. Nothing is
 * claimed on a GET.
 */
@Route(CouponSignInView.ROUTE)
@RolesAllowed(Roles.SHOPPER)
public class CouponSignInView extends Div implements BeforeEnterObserver {

    static final String ROUTE = "coupons/sign-in";

    static QueryParameters query(UUID product) {
        return product == null ? QueryParameters.empty() : QueryParameters.of("product", product.toString());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String target = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("product")
                .flatMap(CouponSignInView::uuid)
                .map(id -> "product/" + id)
                .orElse(PromotionRoutes.COUPON_CENTRE);
        event.forwardTo(target);
    }

    private static java.util.Optional<UUID> uuid(String text) {
        try {
            return java.util.Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException malformed) {
            return java.util.Optional.empty();
        }
    }
}
