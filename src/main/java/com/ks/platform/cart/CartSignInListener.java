package com.ks.platform.cart;

import com.ks.platform.identity.Role;
import com.ks.platform.shared.ActorPrincipal;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * When a visitor signs in as a shopper, the cart they filled while signed out becomes part of their account's cart.
 * The visitor's cart id survives sign-in because the session id is changed, not the session replaced
 * (session-fixation protection "changeSessionId"). Stateless API sign-ins have no session and so nothing to merge.
 */
@Component
class CartSignInListener {

    private final VisitorCartSession visitors;
    private final CartService carts;

    CartSignInListener(VisitorCartSession visitors, CartService carts) {
        this.visitors = visitors;
        this.carts = carts;
    }

    @EventListener
    public void onSignIn(AuthenticationSuccessEvent event) {
        var authentication = event.getAuthentication();
        if (!(authentication.getPrincipal() instanceof ActorPrincipal actor)) {
            return;
        }
        boolean shopper = authentication.getAuthorities().stream()
                .anyMatch(a -> Role.SHOPPER.authority().equals(a.getAuthority()));
        if (!shopper) {
            return;
        }
        visitors.current().ifPresent(visitorCartId -> {
            carts.mergeVisitorCart(visitorCartId, actor.accountId());
            visitors.forget();
        });
    }
}
