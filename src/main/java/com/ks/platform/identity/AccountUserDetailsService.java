package com.ks.platform.identity;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Password sign-in by e-mail address. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;

    AccountUserDetailsService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByEmail(AccountService.normalizeEmail(username))
                .filter(r -> r.getPasswordHash() != null)
                .map(r -> new AccountPrincipal(
                        r.getId(),
                        r.getEmail(),
                        r.getDisplayName(),
                        accounts.rolesOf(r.getId()),
                        AccountStatus.ACTIVE.name().equals(r.getStatus()),
                        r.getLockedUntil(),
                        r.getPasswordHash()))
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
    }
}
