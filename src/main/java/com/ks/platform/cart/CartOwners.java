package com.ks.platform.cart;

import com.ks.platform.identity.Roles;
import com.ks.platform.shared.CurrentActor;
import com.ks.platform.shared.NotAllowed;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Decides whose cart a call acts on, from the security context only. Signed-in accounts need the SHOPPER role (no role
 * implies another: a merchant's or agent's account has no cart); everyone else is a visitor with a session cart.
 * This is decided here rather than with {@code @PreAuthorize}, because visitors reach services with an anonymous
 * authentication on web requests but with none at all elsewhere, and both must work.
 */
@Component
class CartOwners {

    private final VisitorCartSession visitors;

    CartOwners(VisitorCartSession visitors) {
        this.visitors = visitors;
    }

    /** The owner for reading; empty for a visitor without a cart yet and for signed-in non-shoppers. */
    Optional<CartOwner> forReading() {
        var actor = CurrentActor.get();
        if (actor.isPresent()) {
            return CurrentActor.hasRole(Roles.SHOPPER)
                    ? Optional.of(CartOwner.account(actor.get().accountId()))
                    : Optional.empty();
        }
        return visitors.current().map(CartOwner::visitor);
    }

    /** The owner for a change; a visitor gets a session cart on the first add. */
    CartOwner forChange(boolean createVisitorCart) {
        var actor = CurrentActor.get();
        if (actor.isPresent()) {
            if (!CurrentActor.hasRole(Roles.SHOPPER)) {
                throw new NotAllowed("error.cart.shoppersOnly");
            }
            return CartOwner.account(actor.get().accountId());
        }
        if (!createVisitorCart) {
            // without a session cart, act on an empty one: line ids answer NotFound, select-all does nothing
            return CartOwner.visitor(visitors.current().orElseGet(UUID::randomUUID));
        }
        return visitors.currentOrCreate()
                .map(CartOwner::visitor)
                .orElseThrow(() -> new NotAllowed("error.cart.noSession"));
    }
}
