package com.ks.platform.engagement.ui;

import com.ks.platform.catalog.ui.ProductView;
import com.ks.platform.identity.Roles;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.UUID;

/**
 * Where a visitor's 收藏 leads: a shopper-only address, so the visitor signs in first (the saved request brings them
 * back here), then it forwards to the product, whose 收藏 button is now theirs to press. Nothing changes on a GET.
 */
@Route("product/:productId/favourite")
@RolesAllowed(Roles.SHOPPER)
public class FavouriteSignInView extends Div implements BeforeEnterObserver {

    static RouteParameters parameters(UUID productId) {
        return new RouteParameters("productId", productId.toString());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(ProductView.class, event.getRouteParameters());
    }
}
