package com.ks.platform.identity;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationRequestToken;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Passkey sign-in: the relying party checks the signature, then the person is the same {@link AccountPrincipal} a
 * password sign-in gives (roles from the database, a disabled or locked account refused), with the passkey factor —
 * which alone opens staff surfaces (possession plus user verification on the device).
 */
@Component
public class PasskeySignIn {

    private final WebAuthnRelyingPartyOperations relyingParty;
    private final PasskeyUsers passkeys;
    private final AccountRepository accounts;

    PasskeySignIn(WebAuthnRelyingPartyOperations relyingParty, PasskeyUsers passkeys, AccountRepository accounts) {
        this.relyingParty = relyingParty;
        this.passkeys = passkeys;
        this.accounts = accounts;
    }

    /**
     * Not an {@code AuthenticationProvider} bean on purpose: one such bean makes Spring Security stop building the
     * password sign-in from the UserDetailsService. The shell wraps it for the WebAuthn filter alone.
     */
    @Transactional
    public Authentication signIn(WebAuthnAuthenticationRequestToken request) {
        PublicKeyCredentialUserEntity user;
        try {
            user = relyingParty.authenticate(request.getWebAuthnRequest());
        } catch (RuntimeException refused) {
            throw new BadCredentialsException("passkey not accepted", refused);
        }
        var account = passkeys.accountOfHandle(user.getId())
                .flatMap(accounts::findById)
                .orElseThrow(() -> new BadCredentialsException("passkey of no account"));
        var principal = new AccountPrincipal(
                account.getId(),
                account.getEmail(),
                account.getDisplayName(),
                accounts.rolesOf(account.getId()),
                AccountStatus.ACTIVE.name().equals(account.getStatus()),
                account.getLockedUntil(),
                null);
        if (!principal.isEnabled()) {
            throw new DisabledException("account disabled");
        }
        if (!principal.isAccountNonLocked()) {
            throw new LockedException("account locked");
        }
        List<GrantedAuthority> authorities = new ArrayList<>(principal.getAuthorities());
        authorities.add(FactorGrantedAuthority.fromAuthority(SecondFactors.PASSKEY_FACTOR));
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
    }
}
