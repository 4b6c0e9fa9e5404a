package com.ks.platform.web.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.stereotype.Component;

/**
 * Validates bearer tokens against the configured issuer's discovery document and keys, fetched on first use so the
 * platform starts even while the identity provider is down. Without an issuer every token is refused.
 */
@Component
class LazyJwtDecoder implements JwtDecoder {

    private final JwtDecoder delegate;

    LazyJwtDecoder(@Value("${ks.api.jwt-issuer-uri:}") String issuerUri) {
        this.delegate = issuerUri.isBlank()
                ? token -> {
                    throw new BadJwtException("no token issuer is configured");
                }
                : new SupplierJwtDecoder(() -> JwtDecoders.fromIssuerLocation(issuerUri));
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        return delegate.decode(token);
    }
}
