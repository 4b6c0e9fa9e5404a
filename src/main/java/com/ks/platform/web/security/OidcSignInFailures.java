package com.ks.platform.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * A refused sign-in through a provider goes back to the login page with the reason, so it can say what happened rather
 * than "wrong e-mail or password" (no password was typed): an unverified e-mail address that belongs to an existing
 * account, or a disabled account. Other failures (the person cancelled at the provider) say "sign-in failed".
 */
class OidcSignInFailures implements AuthenticationFailureHandler {

    /** The reasons the login page explains; {@code identity.ExternalLoginService} raises them. */
    static final Set<String> EXPLAINED = Set.of("email_not_verified", "account_disabled");

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        String reason = failure instanceof OAuth2AuthenticationException oauth
                        && EXPLAINED.contains(oauth.getError().getErrorCode())
                ? oauth.getError().getErrorCode()
                : "oidc";
        response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
    }
}
