package com.ks.platform.identity;

import com.ks.platform.shared.ActorPrincipal;
import java.io.Serial;
import java.util.UUID;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/** A person signed in through an OIDC provider, mapped to the local account whose roles apply. */
public final class AccountOidcUser extends DefaultOidcUser implements ActorPrincipal {

    @Serial
    private static final long serialVersionUID = 1L;

    private final UUID accountId;
    private final String displayName;

    AccountOidcUser(AccountDetails account, OidcIdToken idToken, OidcUserInfo userInfo) {
        super(AccountPrincipal.authoritiesOf(account.roles()), idToken, userInfo);
        this.accountId = account.id();
        this.displayName = account.displayName();
    }

    @Override
    public UUID accountId() {
        return accountId;
    }

    @Override
    public String label() {
        return displayName;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AccountOidcUser that && that.accountId.equals(accountId);
    }

    @Override
    public int hashCode() {
        return accountId.hashCode();
    }
}
