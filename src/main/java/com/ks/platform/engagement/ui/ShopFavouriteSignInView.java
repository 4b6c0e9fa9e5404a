package com.ks.platform.engagement.ui;

import com.ks.platform.catalog.ui.ShopView;
import com.ks.platform.identity.Roles;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.UUID;

/**
 * Where a visitor's 收藏店铺 leads: a shopper-only address, so the visitor signs in first (the saved request brings them
 * back here), then it forwards to the shop, whose 收藏店铺 button is now theirs to press. Nothing changes on a GET.
 */
@Route("shop/:merchantId/favourite")
@RolesAllowed(Roles.SHOPPER)
public class ShopFavouriteSignInView extends Div implements BeforeEnterObserver {

    static RouteParameters parameters(UUID merchantId) {
        return new RouteParameters("merchantId", merchantId.toString());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(ShopView.class, event.getRouteParameters());
    }
}
