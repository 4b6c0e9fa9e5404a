package com.ks.platform.merchant;

import com.ks.platform.identity.Roles;
import com.ks.platform.notification.NotificationService;
import com.ks.platform.shared.ActorPrincipal;
import com.ks.platform.shared.AuditEntry;
import com.ks.platform.shared.AuditTrail;
import com.ks.platform.shared.CurrentActor;
import com.ks.platform.shared.Ids;
import com.ks.platform.shared.NotFound;
import com.ks.platform.shared.RuleViolated;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Compliance officers' decisions on a merchant's qualification (E-Commerce Law art. 27). An officer first claims the
 * review (one at a time, lapsing after {@code ks.compliance.claim-duration}); each decision names the document
 * versions the officer saw, is recorded with its reasons, moves the merchant with a conditional update, and tells the
 * owner in the in-site inbox.
 */
@Service
@PreAuthorize(Roles.IS_COMPLIANCE_OFFICER)
public class MerchantReviewService {

    static final int MAX_MESSAGE = 2000;

    private final MerchantRepository merchants;
    private final DocumentRepository documents;
    private final ReviewClaimRepository claims;
    private final ReviewDecisionRepository decisions;
    private final NotificationService notifications;
    private final AuditTrail audit;
    private final Clock clock;
    private final Duration claimDuration;

    MerchantReviewService(
            MerchantRepository merchants,
            DocumentRepository documents,
            ReviewClaimRepository claims,
            ReviewDecisionRepository decisions,
            NotificationService notifications,
            AuditTrail audit,
            Clock clock,
            @Value("${ks.compliance.claim-duration:PT30M}") Duration claimDuration) {
        this.merchants = merchants;
        this.documents = documents;
        this.claims = claims;
        this.decisions = decisions;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
        this.claimDuration = claimDuration;
    }

    /** Takes (or extends) the review for the signed-in officer; refused while another officer holds it. */
    @Transactional
    public ReviewClaim claim(UUID merchantId) {
        MerchantSummary merchant = find(merchantId);
        if (!merchant.status().awaitsReview()) {
            throw new RuleViolated("error.merchant.alreadyDecided");
        }
        ActorPrincipal officer = CurrentActor.require();
        Instant now = clock.instant();
        if (!claims.take(merchantId, officer.accountId(), officer.label(), now, now.plus(claimDuration))) {
            ReviewClaim holder = claims.find(merchantId).orElseThrow(() -> new RuleViolated("error.review.claimed"));
            throw new RuleViolated("error.review.claimedBy", holder.officerLabel());
        }
        return claims.find(merchantId).orElseThrow();
    }

    @Transactional
    public void release(UUID merchantId) {
        claims.releaseMine(merchantId, CurrentActor.requireAccountId());
    }

    /** Who works on the review now, if the claim has not lapsed. */
    @Transactional(readOnly = true)
    public Optional<ReviewClaim> currentClaim(UUID merchantId) {
        Instant now = clock.instant();
        return claims.find(merchantId).filter(claim -> claim.expiresAt().isAfter(now));
    }

    @Transactional
    public void approve(UUID merchantId, String note, Collection<UUID> documentsSeen) {
        String text = optionalText(note, "note", new LinkedHashMap<>());
        decide(merchantId, ReviewOutcome.APPROVED, null, text, Set.of(), documentsSeen);
    }

    @Transactional
    public void reject(UUID merchantId, RejectionReason reason, String message, Collection<UUID> documentsSeen) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (reason == null) {
            errors.put("reason", "error.reason.required");
        }
        String text = requiredText(message, "message", errors);
        if (!errors.isEmpty()) {
            throw new RuleViolated(errors);
        }
        decide(merchantId, ReviewOutcome.REJECTED, reason, text, Set.of(), documentsSeen);
    }

    @Transactional
    public void askForInformation(
            UUID merchantId, Set<DocumentKind> documentsWanted, String message, Collection<UUID> documentsSeen) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (documentsWanted == null || documentsWanted.isEmpty()) {
            errors.put("documents", "error.review.documentsRequired");
        }
        String text = requiredText(message, "message", errors);
        if (!errors.isEmpty()) {
            throw new RuleViolated(errors);
        }
        decide(merchantId, ReviewOutcome.NEEDS_INFO, null, text, EnumSet.copyOf(documentsWanted), documentsSeen);
    }

    /** Decisions on the merchant, newest first. */
    @Transactional(readOnly = true)
    public List<ReviewDecision> decisions(UUID merchantId) {
        return decisions.listFor(merchantId, 100);
    }

    /** Everything that happened to the merchant (sign-up, uploads, submissions, decisions), oldest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> history(UUID merchantId) {
        return audit.historyOf("merchant", merchantId.toString());
    }

    private void decide(
            UUID merchantId,
            ReviewOutcome outcome,
            RejectionReason reason,
            String message,
            Set<DocumentKind> requested,
            Collection<UUID> documentsSeen) {
        MerchantSummary merchant = find(merchantId);
        ActorPrincipal officer = CurrentActor.require();
        Instant now = clock.instant();
        if (!merchant.status().awaitsReview()) {
            throw new RuleViolated("error.merchant.alreadyDecided");
        }
        ReviewClaim claim = claims.find(merchantId).orElse(null);
        if (claim == null || !claim.expiresAt().isAfter(now)) {
            throw new RuleViolated("error.review.notClaimed");
        }
        if (!claim.heldBy(officer.accountId(), now)) {
            throw new RuleViolated("error.review.claimedBy", claim.officerLabel());
        }
        List<MerchantDocument> latest = documents.latestOf(merchantId);
        Set<UUID> current = latest.stream().map(MerchantDocument::id).collect(Collectors.toSet());
        if (documentsSeen == null || !current.equals(new HashSet<>(documentsSeen))) {
            throw new RuleViolated("error.review.documentsChanged");
        }
        if (outcome == ReviewOutcome.APPROVED
                && !MerchantDocumentService.missing(merchant, latest).isEmpty()) {
            throw new RuleViolated("error.documents.missing");
        }
        MerchantStatus target = switch (outcome) {
            case APPROVED -> MerchantStatus.ACTIVE;
            case REJECTED -> MerchantStatus.REJECTED;
            case NEEDS_INFO -> MerchantStatus.NEEDS_INFO;
        };
        if (!merchant.status().canMoveTo(target) || !merchants.transition(merchantId, merchant.status(), target, now)) {
            throw new RuleViolated("error.merchant.alreadyDecided");
        }
        List<String> seen = latest.stream().map(MerchantDocument::versionLabel).toList();
        decisions.insert(
                new ReviewDecision(
                        Ids.newId(clock), merchantId, outcome, reason, message, requested, seen, officer.label(), now),
                officer.accountId());
        claims.delete(merchantId);
        audit.record(
                "merchant." + outcome.name().toLowerCase(java.util.Locale.ROOT),
                "merchant",
                merchantId.toString(),
                reason == null ? message : reason.name() + ": " + message,
                merchant.status() + "->" + target + " seen=" + String.join(",", seen));
        UUID owner = merchants.ownerOf(merchantId).orElseThrow();
        notifications.send(owner, "notice.decision." + outcome.name(), merchant.storeName());
    }

    private MerchantSummary find(UUID merchantId) {
        if (merchantId == null) {
            throw new NotFound("error.merchant.notFound");
        }
        return merchants.findById(merchantId).orElseThrow(() -> new NotFound("error.merchant.notFound"));
    }

    private static String requiredText(String value, String field, Map<String, String> errors) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            errors.put(field, "error.reason.required");
            return null;
        }
        return optionalText(text, field, errors);
    }

    private static String optionalText(String value, String field, Map<String, String> errors) {
        String text = value == null ? null : value.strip();
        if (text != null
                && (text.length() > MAX_MESSAGE
                        || text.chars().anyMatch(c -> c != '\n' && Character.isISOControl(c)))) {
            errors.put(field, "error.length");
            throw new RuleViolated(errors);
        }
        return text == null || text.isEmpty() ? null : text;
    }
}
