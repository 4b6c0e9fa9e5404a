package com.ks.platform.web.security;

import com.ks.platform.identity.ExternalLoginService;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/** After the provider has authenticated the person, the local account (created or linked) decides the roles. */
@Component
class OidcAccountUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService providerUsers = new OidcUserService();
    private final ExternalLoginService externalLogins;

    OidcAccountUserService(ExternalLoginService externalLogins) {
        this.externalLogins = externalLogins;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        return externalLogins.signIn(providerUsers.loadUser(request));
    }
}
