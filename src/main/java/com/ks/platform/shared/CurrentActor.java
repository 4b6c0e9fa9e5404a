package com.ks.platform.shared;

import java.util.Optional;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The person on whose behalf the current thread acts, taken from the security context — never from a parameter. */
public final class CurrentActor {

    private CurrentActor() {}

    public static Optional<ActorPrincipal> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof ActorPrincipal actor) {
            return Optional.of(actor);
        }
        return Optional.empty();
    }

    public static ActorPrincipal require() {
        return get().orElseThrow(() -> new NotAllowed("error.signInRequired"));
    }

    public static UUID requireAccountId() {
        return require().accountId();
    }

    public static boolean hasRole(String role) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && authentication.getAuthorities().stream()
                        .anyMatch(a -> a.getAuthority().equals("ROLE_" + role));
    }
}
