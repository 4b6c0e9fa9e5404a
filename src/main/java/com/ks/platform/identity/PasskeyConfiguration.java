package com.ks.platform.identity;

import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.web.webauthn.api.AuthenticatorSelectionCriteria;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.ResidentKeyRequirement;
import org.springframework.security.web.webauthn.api.UserVerificationRequirement;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialCreationOptionsRequest;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialRequestOptionsRequest;
import org.springframework.security.web.webauthn.management.RelyingPartyAuthenticationRequest;
import org.springframework.security.web.webauthn.management.RelyingPartyRegistrationRequest;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;

/** The relying party Spring Security's WebAuthn filters use, on our stores and settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PasskeySettings.class)
class PasskeyConfiguration {

    @Bean
    WebAuthnRelyingPartyOperations passkeyRelyingParty(
            PasskeyRepository store, PasskeyUsers users, PasskeySettings settings, Environment environment) {
        return new LazyRelyingParty(store, users, settings, environment);
    }

    /**
     * Built on first use: with no configured origins the server's own port is only known once it listens. Passkeys
     * are discoverable (resident) and ask for user verification, so a passkey alone is both factors.
     */
    static final class LazyRelyingParty implements WebAuthnRelyingPartyOperations {

        private final PasskeyRepository store;
        private final PasskeyUsers users;
        private final PasskeySettings settings;
        private final Environment environment;
        private volatile Webauthn4JRelyingPartyOperations delegate;

        LazyRelyingParty(
                PasskeyRepository store, PasskeyUsers users, PasskeySettings settings, Environment environment) {
            this.store = store;
            this.users = users;
            this.settings = settings;
            this.environment = environment;
        }

        private Webauthn4JRelyingPartyOperations delegate() {
            Webauthn4JRelyingPartyOperations operations = delegate;
            if (operations == null) {
                synchronized (this) {
                    if (delegate == null) {
                        delegate = create();
                    }
                    operations = delegate;
                }
            }
            return operations;
        }

        private Webauthn4JRelyingPartyOperations create() {
            Set<String> origins = new LinkedHashSet<>(settings.allowedOrigins());
            if (origins.isEmpty()) {
                String port =
                        environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
                origins.add("http://" + settings.rpId() + ":" + port);
            }
            var operations = new Webauthn4JRelyingPartyOperations(
                    users,
                    store,
                    PublicKeyCredentialRpEntity.builder()
                            .id(settings.rpId())
                            .name(settings.rpName())
                            .build(),
                    origins);
            operations.setCustomizeCreationOptions(
                    options -> options.authenticatorSelection(AuthenticatorSelectionCriteria.builder()
                            .residentKey(ResidentKeyRequirement.REQUIRED)
                            .userVerification(UserVerificationRequirement.REQUIRED)
                            .build()));
            operations.setCustomizeRequestOptions(
                    options -> options.userVerification(UserVerificationRequirement.REQUIRED));
            return operations;
        }

        @Override
        public PublicKeyCredentialCreationOptions createPublicKeyCredentialCreationOptions(
                PublicKeyCredentialCreationOptionsRequest request) {
            return delegate().createPublicKeyCredentialCreationOptions(request);
        }

        @Override
        public CredentialRecord registerCredential(RelyingPartyRegistrationRequest request) {
            return delegate().registerCredential(request);
        }

        @Override
        public PublicKeyCredentialRequestOptions createCredentialRequestOptions(
                PublicKeyCredentialRequestOptionsRequest request) {
            return delegate().createCredentialRequestOptions(request);
        }

        @Override
        public PublicKeyCredentialUserEntity authenticate(RelyingPartyAuthenticationRequest request) {
            return delegate().authenticate(request);
        }
    }
}
