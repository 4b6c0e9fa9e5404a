package com.ks.platform.web.security;

import com.nimbusds.jwt.JWTParser;
import java.text.ParseException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtTypeValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.stereotype.Component;

/**
 * Validates bearer tokens against the trusted issuers' discovery documents and keys, fetched on first use so the
 * platform starts even while an identity provider is down (the key set is fetched again when a token names a key it
 * does not know, so a provider's key rotation needs no restart). Trusted: the platform's own provider
 * ({@code ks.api.jwt-issuer-uri}) and any further issuers ({@code ks.api.partner-issuer-uris}, e.g. a partner's
 * authorization server); a token is checked against the keys of the issuer it names, and a token naming any other
 * issuer is refused before anything is fetched. Without an issuer every token is refused.
 *
 * <p>A signature from the issuer is not enough: the token must be an access token issued for this API — its audience
 * ({@code ks.api.audience}) and type are checked, so an access token of another client of the same provider, or the
 * ID token the provider gave the sign-in page, are refused. Clocks may differ by {@link #CLOCK_SKEW} at most.
 */
@Component
class LazyJwtDecoder implements JwtDecoder {

    static final Duration CLOCK_SKEW = Duration.ofSeconds(30);

    private final Map<String, JwtDecoder> byIssuer = new LinkedHashMap<>();

    LazyJwtDecoder(
            @Value("${ks.api.jwt-issuer-uri:}") String issuerUri,
            @Value("${ks.api.partner-issuer-uris:}") List<String> partnerIssuerUris,
            @Value("${ks.api.audience}") String audience) {
        Stream.concat(Stream.of(issuerUri), partnerIssuerUris.stream())
                .map(String::strip)
                .filter(issuer -> !issuer.isEmpty())
                .forEach(issuer -> byIssuer.put(issuer, new SupplierJwtDecoder(() -> {
                    NimbusJwtDecoder decoder =
                            NimbusJwtDecoder.withIssuerLocation(issuer).build();
                    decoder.setJwtValidator(accessTokensFor(issuer, audience));
                    return decoder;
                })));
    }

    static OAuth2TokenValidator<Jwt> accessTokensFor(String issuerUri, String audience) {
        JwtTypeValidator type = new JwtTypeValidator("JWT", "at+jwt", "application/at+jwt");
        type.setAllowEmpty(true);
        return new DelegatingOAuth2TokenValidator<>(List.of(
                new JwtTimestampValidator(CLOCK_SKEW),
                new JwtIssuerValidator(issuerUri),
                new JwtAudienceValidator(audience),
                type,
                LazyJwtDecoder::notAnIdToken));
    }

    /**
     * OIDC ID tokens often share the access token's header type ("JWT"); what only they carry are the sign-in's nonce
     * and the hashes binding them to an access token or code (OpenID Connect Core §2, §3.1.3.6).
     */
    private static OAuth2TokenValidatorResult notAnIdToken(Jwt jwt) {
        boolean idToken = jwt.hasClaim("nonce") || jwt.hasClaim("at_hash") || jwt.hasClaim("c_hash");
        return idToken
                ? OAuth2TokenValidatorResult.failure(
                        new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, "an ID token is not an access token", null))
                : OAuth2TokenValidatorResult.success();
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        return decoderFor(issuerNamedIn(token)).decode(token);
    }

    private JwtDecoder decoderFor(String issuer) {
        JwtDecoder decoder = issuer == null ? null : byIssuer.get(issuer);
        if (decoder == null) {
            throw new BadJwtException(byIssuer.isEmpty() ? "no token issuer is configured" : "untrusted issuer");
        }
        return decoder;
    }

    /** The issuer the token claims, read before its signature is checked: only to choose whose keys check it. */
    private static String issuerNamedIn(String token) {
        try {
            return JWTParser.parse(token).getJWTClaimsSet().getIssuer();
        } catch (ParseException | RuntimeException malformed) {
            throw new BadJwtException("malformed token", malformed);
        }
    }
}
