package com.ks.platform.intrusion;

import com.ks.platform.identity.AccountQueries;
import com.ks.platform.identity.Role;
import com.ks.platform.notification.NoticeLink;
import com.ks.platform.notification.NotificationService;
import com.ks.platform.shared.AuditTrail;
import com.ks.platform.shared.Ids;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Where the signals arrive (module hook: the shell's filters and the sign-in listeners call it, views do not): each is
 * counted in its pattern's window, and a threshold crossed becomes a security event — and, for patterns that block, a
 * block of the source for {@code ks.intrusion.block-duration} with a message-centre alert to every admin. A signal
 * never fails the request it came with: a fault here is logged and the request goes on.
 */
@Component
public class IntrusionDetection {

    private static final Logger log = LoggerFactory.getLogger(IntrusionDetection.class);
    private static final int DETAIL_LENGTH = 500;

    private final IntrusionSettings settings;
    private final IntrusionRepository repository;
    private final BlockedSources blocked;
    private final AccountQueries accounts;
    private final NotificationService notifications;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final SignalWindows windows;

    IntrusionDetection(
            IntrusionSettings settings,
            IntrusionRepository repository,
            BlockedSources blocked,
            AccountQueries accounts,
            NotificationService notifications,
            AuditTrail audit,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.settings = settings;
        this.repository = repository;
        this.blocked = blocked;
        this.accounts = accounts;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        // its own transaction: a detection is kept even when the request that caused it rolls back
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.windows = new SignalWindows(settings.maxTrackedSources(), settings.longestWindow());
    }

    /** A wrong password for {@code username} from {@code source}: counts distinct accounts per source. */
    public void failedSignIn(String source, String username) {
        signal(AttackPattern.FAILED_SIGN_INS, source, source, username, null, null);
    }

    /** An interactive sign-in of the account from the source: counts distinct addresses per account. */
    public void signedIn(String source, UUID accountId) {
        signal(AttackPattern.MANY_ADDRESSES, accountId.toString(), source, source, accountId, null);
    }

    /** A page or API operation refused to the caller's role. */
    public void accessDenied(String source, String path) {
        signal(AttackPattern.AUTHORIZATION_FAILURES, source, source, null, null, path);
    }

    /** A request for a path nothing answers (404). */
    public void unknownPath(String source, String path) {
        signal(AttackPattern.UNKNOWN_PATHS, source, source, null, null, path);
    }

    /**
     * A value the client sent, under its parameter name or JSON field ({@code where}); only the name and the kind of
     * fragment are ever recorded, never the value (it may hold someone's personal data).
     */
    public void inspect(String source, String where, String value) {
        InjectionPatterns.match(value)
                .ifPresent(
                        kind -> signal(AttackPattern.INJECTION_INPUT, source, source, null, null, where + ": " + kind));
    }

    private void signal(AttackPattern pattern, String key, String source, String value, UUID accountId, String detail) {
        if (source == null || key == null) {
            return;
        }
        try {
            IntrusionSettings.Threshold threshold = settings.threshold(pattern);
            Instant now = clock.instant();
            int count = windows.add(pattern, key, now, threshold.window(), value);
            if (count >= threshold.count()) {
                windows.clear(pattern, key);
                detected(pattern, source, accountId, count, detail, now);
            }
        } catch (RuntimeException fault) {
            log.error("Intrusion signal {} from {} not processed", pattern, source, fault);
        }
    }

    private void detected(AttackPattern pattern, String source, UUID accountId, int count, String detail, Instant now) {
        boolean blocks = pattern.blocksSource()
                && !settings.neverBlocked().contains(source)
                && blocked.blockedUntil(source).isEmpty();
        SecurityEventSummary event = new SecurityEventSummary(
                Ids.newId(clock), pattern, source, accountId, count, shorten(detail), now, blocks);
        Instant until = now.plus(settings.blockDuration());
        transaction.executeWithoutResult(status -> {
            repository.insertEvent(event);
            if (blocks) {
                repository.insertBlock(Ids.newId(clock), source, event.id(), now, until);
                audit.record("intrusion.blocked", "intrusion_event", event.id().toString(), pattern.name(), source);
                String minutes = String.valueOf(settings.blockDuration().toMinutes());
                for (UUID admin : accounts.accountIdsWithRole(Role.ADMIN)) {
                    notifications.send(
                            admin,
                            new NoticeLink(IntrusionRoutes.SECURITY),
                            "notice.security.sourceBlocked",
                            source,
                            minutes);
                }
            }
        });
        if (blocks) {
            blocked.put(source, until);
        }
        if (blocks) {
            log.warn("Security event {}: {} signals from {}, source blocked", pattern, count, source);
        } else {
            log.info("Security event {}: {} signals from {}", pattern, count, source);
        }
    }

    private static String shorten(String detail) {
        return detail == null || detail.length() <= DETAIL_LENGTH ? detail : detail.substring(0, DETAIL_LENGTH);
    }
}
