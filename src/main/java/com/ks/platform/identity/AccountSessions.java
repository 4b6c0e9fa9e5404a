package com.ks.platform.identity;

import com.ks.platform.shared.ActorPrincipal;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * Who is signed in where, so an administrator can end a person's sessions (revoke, disable, demote, force a password
 * reset). Spring Security's session registry: the UI chain registers each sign-in in it and its concurrent-session filter
 * ends a session marked expired on its next request. It lives in this node's memory: with several nodes behind sticky
 * sessions each node ends the sessions it holds (see docs/DECISIONS.md, 2026-12-04, for the shared-store path).
 */
@Configuration(proxyBeanMethods = false)
class AccountSessions {

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the registry when a session ends by itself, so it does not grow with every sign-in. */
    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    /** Marks every session of the account expired. @return how many were open */
    static int expireAll(SessionRegistry registry, UUID accountId) {
        int count = 0;
        for (Object principal : registry.getAllPrincipals()) {
            if (principal instanceof ActorPrincipal actor && actor.accountId().equals(accountId)) {
                for (SessionInformation session : registry.getAllSessions(principal, false)) {
                    session.expireNow();
                    count++;
                }
            }
        }
        return count;
    }

    /** How many sessions of the account are open on this node. */
    static int countOpen(SessionRegistry registry, UUID accountId) {
        return registry.getAllPrincipals().stream()
                .filter(p ->
                        p instanceof ActorPrincipal actor && actor.accountId().equals(accountId))
                .mapToInt(p -> registry.getAllSessions(p, false).size())
                .sum();
    }
}
