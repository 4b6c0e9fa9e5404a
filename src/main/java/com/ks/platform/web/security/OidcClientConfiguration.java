package com.ks.platform.web.security;

import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.util.function.SingletonSupplier;

/**
 * "Sign in with &lt;provider&gt;" exists only when an issuer, a client id and a secret are configured. The provider's
 * discovery document is read on first use, so the platform starts while the provider is unreachable.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${ks.oidc.issuer-uri:}'.isBlank() and !'${ks.oidc.client-id:}'.isBlank()")
class OidcClientConfiguration {

    static final String REGISTRATION_ID = "oidc";

    @Bean
    ClientRegistrationRepository oidcClientRegistrations(
            @Value("${ks.oidc.issuer-uri}") String issuerUri,
            @Value("${ks.oidc.client-id}") String clientId,
            @Value("${ks.oidc.client-secret:}") String clientSecret,
            @Value("${ks.oidc.provider-name:OIDC}") String providerName) {
        Supplier<ClientRegistration> registration =
                SingletonSupplier.of(() -> ClientRegistrations.fromIssuerLocation(issuerUri)
                        .registrationId(REGISTRATION_ID)
                        .clientId(clientId)
                        .clientSecret(clientSecret)
                        .clientName(providerName)
                        .scope("openid", "profile", "email")
                        .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                        .build());
        return registrationId -> REGISTRATION_ID.equals(registrationId) ? registration.get() : null;
    }
}
