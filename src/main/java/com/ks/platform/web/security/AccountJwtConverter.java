package com.ks.platform.web.security;

import com.ks.platform.identity.ExternalLoginService;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.stereotype.Component;

/** A valid token acts as the local account linked to its (issuer, subject); roles come from the database. */
@Component
class AccountJwtConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    private final ExternalLoginService externalLogins;

    AccountJwtConverter(ExternalLoginService externalLogins) {
        this.externalLogins = externalLogins;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        Authentication authentication = externalLogins
                .authenticate(jwt)
                .orElseThrow(() -> new InvalidBearerTokenException("the token's subject has no account here"));
        return (UsernamePasswordAuthenticationToken) authentication;
    }
}
