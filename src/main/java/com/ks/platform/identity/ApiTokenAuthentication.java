package com.ks.platform.identity;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * An API call authenticated by its bearer token — on every request, so it is no sign-in (no account bookkeeping).
 * Its own type because Spring erases the credentials (the token) before announcing the authentication.
 */
final class ApiTokenAuthentication extends UsernamePasswordAuthenticationToken {

    ApiTokenAuthentication(AccountPrincipal principal, Jwt jwt) {
        super(principal, jwt, principal.getAuthorities());
    }
}
