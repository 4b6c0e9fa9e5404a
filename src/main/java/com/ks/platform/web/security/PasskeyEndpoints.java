package com.ks.platform.web.security;

import com.ks.platform.identity.PasskeySignIn;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationRequestToken;

/**
 * Spring Security's WebAuthn endpoints inside the Vaadin chain (issue 20): {@code /webauthn/register/options} and
 * {@code /webauthn/register} for a signed-in person, {@code /webauthn/authenticate/options} and {@code /login/webauthn}
 * for a visitor. Three things the browser journey showed are needed beside {@code http.webAuthn(...)}.
 */
final class PasskeyEndpoints {

    private PasskeyEndpoints() {}

    static void configure(
            HttpSecurity http,
            SecurityContextHolderStrategy contextStrategy,
            PasskeySignIn passkeySignIn,
            String signedInPath)
            throws Exception {
        // (1) the WebAuthn filters read the static strategy when they are built; Vaadin installs its own only after
        // every singleton exists, so the registration filter would see nobody signed in (400)
        SecurityContextHolder.setContextHolderStrategy(contextStrategy);
        // (2) Vaadin's configurer ends with denyAll() for paths it does not know
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/webauthn/register/**", "/webauthn/register")
                .authenticated()
                .requestMatchers("/webauthn/authenticate/options", "/login/webauthn")
                .permitAll());
        http.webAuthn(webAuthn -> webAuthn.disableDefaultRegistrationPage(true)
                .withObjectPostProcessor(new ObjectPostProcessor<WebAuthnAuthenticationFilter>() {
                    @Override
                    public <O extends WebAuthnAuthenticationFilter> O postProcess(O filter) {
                        // the same person a password sign-in gives (AccountPrincipal), with the passkey factor
                        filter.setAuthenticationManager(new ProviderManager(new AuthenticationProvider() {
                            @Override
                            public Authentication authenticate(Authentication request) {
                                return passkeySignIn.signIn((WebAuthnAuthenticationRequestToken) request);
                            }

                            @Override
                            public boolean supports(Class<?> type) {
                                return WebAuthnAuthenticationRequestToken.class.isAssignableFrom(type);
                            }
                        }));
                        // (3) a new session id on sign-in, as for the password form (session fixation)
                        SessionAuthenticationStrategy sessions =
                                http.getSharedObject(SessionAuthenticationStrategy.class);
                        filter.setSessionAuthenticationStrategy(
                                sessions != null ? sessions : new ChangeSessionIdAuthenticationStrategy());
                        filter.setAuthenticationSuccessHandler((request, response, authentication) ->
                                answer(response, request.getContextPath() + signedInPath));
                        return filter;
                    }
                }));
    }

    /** The script follows {@code redirectUrl}: the home of the person's strongest role, as after a password. */
    private static void answer(HttpServletResponse response, String redirectUrl) throws java.io.IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"authenticated\":true,\"redirectUrl\":\"" + redirectUrl + "\"}");
    }
}
