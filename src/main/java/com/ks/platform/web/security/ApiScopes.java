package com.ks.platform.web.security;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Which scope each API operation needs (OAuth 2.0 scopes: what the person let this client do). The account's roles
 * still decide what the person may do at all; a token needs both. One table serves the security chain, the 403's
 * {@code WWW-Authenticate: Bearer error="insufficient_scope", scope="…"} (RFC 6750 §3.1) and the OpenAPI document.
 * Public catalog reads and the providers' signed notifications need no token and so no scope.
 */
final class ApiScopes {

    /** What each scope allows, as the OpenAPI document tells client developers. */
    static final Map<String, String> DESCRIPTIONS = descriptions();

    static final List<Rule> RULES = List.of(
            new Rule(HttpMethod.GET, "/api/v1/me", "profile:read"),
            new Rule(HttpMethod.GET, "/api/v1/me/addresses/**", "profile:read"),
            new Rule(null, "/api/v1/me/addresses/**", "profile:write"),
            new Rule(HttpMethod.GET, "/api/v1/me/favourites/**", "favourites:read"),
            new Rule(null, "/api/v1/me/favourites/**", "favourites:write"),
            new Rule(HttpMethod.GET, "/api/v1/cart/**", "cart:read"),
            new Rule(null, "/api/v1/cart/**", "cart:write"),
            new Rule(HttpMethod.GET, "/api/v1/orders/**", "orders:read"),
            new Rule(null, "/api/v1/orders/**", "orders:write"),
            new Rule(HttpMethod.GET, "/api/v1/payments/**", "payments:read"),
            new Rule(null, "/api/v1/payments/**", "payments:write"),
            new Rule(HttpMethod.GET, "/api/v1/after-sales/**", "after-sales:read"),
            new Rule(null, "/api/v1/after-sales/**", "after-sales:write"));

    /** The request attribute naming the scope a refused request lacked, for the 403's challenge. */
    static final String REQUIRED = ApiScopes.class.getName() + ".required";

    private static final PathPatternParser PARSER = new PathPatternParser();

    private ApiScopes() {}

    private static Map<String, String> descriptions() {
        Map<String, String> scopes = new LinkedHashMap<>();
        scopes.put("profile:read", "Read the account and its address book");
        scopes.put("profile:write", "Add, change and remove addresses, choose the default one");
        scopes.put("favourites:read", "Read the favourites");
        scopes.put("favourites:write", "Add and remove favourites");
        scopes.put("cart:read", "Read the cart");
        scopes.put("cart:write", "Add, change and remove cart lines");
        scopes.put("orders:read", "Read the orders");
        scopes.put("orders:write", "Place and cancel orders");
        scopes.put("payments:read", "Read payments");
        scopes.put("payments:write", "Start payments and answer their risk challenges");
        scopes.put("after-sales:read", "Read after-sales cases");
        scopes.put("after-sales:write", "Open, withdraw and ship after-sales cases, add evidence");
        return Collections.unmodifiableMap(scopes);
    }

    /** The scope an operation (its documented path template) needs, if any. */
    static Optional<String> forOperation(HttpMethod method, String pathTemplate) {
        PathContainer path = PathContainer.parsePath(pathTemplate);
        return RULES.stream()
                .filter(rule -> rule.appliesTo(method) && rule.pattern().matches(path))
                .map(Rule::scope)
                .findFirst();
    }

    /**
     * One table row. A {@code null} method means every method the rows above did not name (the writes); the first
     * matching row wins.
     */
    record Rule(HttpMethod method, String path, String scope) {

        PathPattern pattern() {
            return PARSER.parse(path);
        }

        boolean appliesTo(HttpMethod requested) {
            return method == null || method.equals(requested);
        }

        /** Grants when the token carries the scope; otherwise notes the scope for the challenge. */
        AuthorizationManager<RequestAuthorizationContext> authorization() {
            String authority = "SCOPE_" + scope;
            return (authentication, context) -> {
                Authentication current = authentication.get();
                boolean granted = current != null
                        && current.getAuthorities().stream()
                                .map(GrantedAuthority::getAuthority)
                                .anyMatch(authority::equals);
                if (!granted) {
                    context.getRequest().setAttribute(REQUIRED, scope);
                }
                return new AuthorizationDecision(granted);
            };
        }
    }
}
