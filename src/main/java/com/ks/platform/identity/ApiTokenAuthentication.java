package com.ks.platform.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;

/**
 * An API call authenticated by its bearer token — on every request, so it is no sign-in (no account bookkeeping).
 * Its own type because Spring erases the credentials (the token) before announcing the authentication.
 *
 * <p>Authorities: the account's roles (from the database) plus the token's scopes as {@code SCOPE_<scope>} (what the
 * person let this client do); an operation needs both.
 */
final class ApiTokenAuthentication extends UsernamePasswordAuthenticationToken {

    private static final JwtGrantedAuthoritiesConverter SCOPES = new JwtGrantedAuthoritiesConverter();

    ApiTokenAuthentication(AccountPrincipal principal, Jwt jwt) {
        super(principal, jwt, rolesAndScopes(principal, jwt));
    }

    private static Collection<GrantedAuthority> rolesAndScopes(AccountPrincipal principal, Jwt jwt) {
        List<GrantedAuthority> authorities = new ArrayList<>(principal.getAuthorities());
        authorities.addAll(SCOPES.convert(jwt));
        return authorities;
    }
}
