package com.ks.platform.web.security;

import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Component;

/** What the login page may offer besides the password form. */
@Component
public class SignInOptions {

    private final boolean oidcConfigured;
    private final String providerName;

    SignInOptions(
            ObjectProvider<ClientRegistrationRepository> registrations,
            @Value("${ks.oidc.provider-name:OIDC}") String providerName) {
        this.oidcConfigured = registrations.getIfAvailable() != null;
        this.providerName = providerName;
    }

    /** The provider's display name, when "sign in with …" should appear. */
    public Optional<String> oidcProvider() {
        return oidcConfigured ? Optional.of(providerName) : Optional.empty();
    }

    public String oidcStartPath() {
        return "/oauth2/authorization/" + OidcClientConfiguration.REGISTRATION_ID;
    }
}
