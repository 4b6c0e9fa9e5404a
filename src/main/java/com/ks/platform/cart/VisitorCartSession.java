package com.ks.platform.cart;

import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * A visitor's cart id, kept in the HTTP session: the cart lives as long as the visitor's session (and survives the
 * session-id change at sign-in, when it is merged into the account). The lines themselves are rows in the database,
 * so a session holds one UUID, never the cart.
 */
@Component
class VisitorCartSession {

    static final String ATTRIBUTE = "ks.cart.visitorCartId";

    Optional<UUID> current() {
        return session(false).map(s -> s.getAttribute(ATTRIBUTE)).map(UUID.class::cast);
    }

    /** The visitor's cart id, created on the first add; empty outside a web request (no session to keep it in). */
    Optional<UUID> currentOrCreate() {
        return session(true).map(s -> {
            Object id = s.getAttribute(ATTRIBUTE);
            if (id instanceof UUID existing) {
                return existing;
            }
            UUID created = UUID.randomUUID();
            s.setAttribute(ATTRIBUTE, created);
            return created;
        });
    }

    void forget() {
        session(false).ifPresent(s -> s.removeAttribute(ATTRIBUTE));
    }

    private static Optional<HttpSession> session(boolean create) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return Optional.ofNullable(attributes.getRequest().getSession(create));
        }
        return Optional.empty();
    }
}
