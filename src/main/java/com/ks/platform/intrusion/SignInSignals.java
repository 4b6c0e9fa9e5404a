package com.ks.platform.intrusion;

import com.ks.platform.shared.ActorPrincipal;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Password sign-ins as signals: failures per source (across accounts), interactive successes per account. */
@Component
class SignInSignals {

    private final IntrusionDetection detection;

    SignInSignals(IntrusionDetection detection) {
        this.detection = detection;
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String source = sourceOf(event.getAuthentication());
        if (source != null && event.getAuthentication().getPrincipal() instanceof String username) {
            detection.failedSignIn(source, username.strip().toLowerCase(java.util.Locale.ROOT));
        }
    }

    @EventListener
    void onSuccess(InteractiveAuthenticationSuccessEvent event) {
        String source = sourceOf(event.getAuthentication());
        if (source != null && event.getAuthentication().getPrincipal() instanceof ActorPrincipal actor) {
            detection.signedIn(source, actor.accountId());
        }
    }

    private static String sourceOf(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : null;
    }
}
