package com.ks.platform.privacy;

import com.ks.platform.notification.NotificationService;
import com.ks.platform.shared.AccountClosureCheck;
import com.ks.platform.shared.AuditTrail;
import com.ks.platform.shared.BusinessTime;
import com.ks.platform.shared.CurrentActor;
import com.ks.platform.shared.ModuleHook;
import com.ks.platform.shared.PersonalData;
import com.ks.platform.shared.RuleViolated;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 注销账户 (PIPL art. 47): refused with the reason while an order is open or a credit bill unpaid; otherwise a grace
 * period in which signing in cancels it, after which {@link ClosureEraser} erases the person's data everywhere.
 */
@Service
public class AccountClosures {

    private final ClosureRepository closures;
    private final List<AccountClosureCheck> checks;
    private final List<PersonalData> holders;
    private final NotificationService notifications;
    private final AuditTrail audit;
    private final PrivacySettings settings;
    private final Clock clock;

    AccountClosures(
            ClosureRepository closures,
            List<AccountClosureCheck> checks,
            List<PersonalData> holders,
            NotificationService notifications,
            AuditTrail audit,
            PrivacySettings settings,
            Clock clock) {
        this.closures = closures;
        this.checks = checks;
        this.holders = holders;
        this.notifications = notifications;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    /** Why the signed-in person cannot close their account now (translation keys); empty when they can. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<String> myRefusals() {
        return refusals(CurrentActor.requireAccountId());
    }

    /** When the signed-in person's account will be erased, if they asked to close it and have not cancelled. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Instant> myPendingClosure() {
        return closures.pendingUntil(CurrentActor.requireAccountId());
    }

    /**
     * The signed-in person closes their account: the grace period starts; the refusal reasons are checked first and
     * nothing is written when one applies. @return when the account will be erased
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Instant closeMine() {
        UUID accountId = CurrentActor.requireAccountId();
        List<String> refusals = refusals(accountId);
        if (!refusals.isEmpty()) {
            throw new RuleViolated(refusals.getFirst());
        }
        Instant now = clock.instant();
        Instant eraseAfter = now.plus(settings.closureGracePeriod());
        if (!closures.start(accountId, now, eraseAfter)) {
            throw new RuleViolated("pipl.closure.alreadyPending");
        }
        audit.record("account.closureRequested", "account", accountId.toString(), null, eraseAfter.toString());
        notifications.send(
                accountId,
                "notice.security.closureRequested",
                BusinessTime.dayOf(eraseAfter).toString());
        return eraseAfter;
    }

    /** The signed-in person keeps their account after all. @return whether a pending closure was cancelled */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public boolean cancelMine() {
        return cancel(CurrentActor.requireAccountId(), "account.closureCancelled");
    }

    /** Signing in during the grace period cancels the closure. Not a door for people: the sign-in listener calls it. */
    @Transactional(propagation = Propagation.MANDATORY)
    @ModuleHook
    public boolean cancelOnSignIn(UUID accountId) {
        return cancel(accountId, "account.closureCancelledBySignIn");
    }

    private boolean cancel(UUID accountId, String action) {
        if (!closures.finish(accountId, ClosureRepository.CANCELLED, clock.instant())) {
            return false;
        }
        audit.record(action, "account", accountId.toString(), null);
        notifications.send(accountId, "notice.security.closureCancelled");
        return true;
    }

    /**
     * Erases one account whose grace period is over, in one transaction: if something now stands in the way (an order
     * placed during the grace period), the closure is cancelled and the person told why instead. Called by the job.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean erase(UUID accountId) {
        List<String> refusals = refusals(accountId);
        if (!refusals.isEmpty()) {
            if (closures.finish(accountId, ClosureRepository.CANCELLED, clock.instant())) {
                notifications.send(accountId, "notice.security.closureStopped");
                audit.record("account.closureStopped", "account", accountId.toString(), null, refusals.getFirst());
            }
            return false;
        }
        if (!closures.finish(accountId, ClosureRepository.ERASED, clock.instant())) {
            return false;
        }
        for (PersonalData holder : holders) {
            holder.erase(accountId);
        }
        audit.record("account.erased", "account", accountId.toString(), null);
        return true;
    }

    List<UUID> due(int limit) {
        return closures.due(clock.instant(), limit);
    }

    private List<String> refusals(UUID accountId) {
        return checks.stream()
                .map(check -> check.refusal(accountId))
                .flatMap(Optional::stream)
                .distinct()
                .toList();
    }
}
