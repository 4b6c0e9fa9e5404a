package com.ks.platform.compliance;

import com.ks.platform.catalog.ProductSanctions;
import com.ks.platform.catalog.ProductSanctions.SanctionableProduct;
import com.ks.platform.identity.Roles;
import com.ks.platform.merchant.MerchantRoutes;
import com.ks.platform.merchant.MerchantSanctions;
import com.ks.platform.merchant.MerchantStatus;
import com.ks.platform.notification.NoticeLink;
import com.ks.platform.notification.NotificationService;
import com.ks.platform.shared.ActorPrincipal;
import com.ks.platform.shared.AuditTrail;
import com.ks.platform.shared.BusinessTime;
import com.ks.platform.shared.CurrentActor;
import com.ks.platform.shared.DocumentNumbers;
import com.ks.platform.shared.Ids;
import com.ks.platform.shared.NotAllowed;
import com.ks.platform.shared.NotFound;
import com.ks.platform.shared.RuleViolated;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Compliance officers record violations and decide appeals (E-Commerce Law art. 29: the platform acts on merchants'
 * violations and keeps the record). A recorded violation applies its penalty at once, in the same transaction: the
 * merchant's state, or the named products delisted. An appeal is decided by a second officer, never the one who
 * recorded the violation (four-eyes). Every step goes to the audit trail and tells the merchant's owner.
 */
@Service
@PreAuthorize(Roles.IS_COMPLIANCE_OFFICER)
public class ViolationService {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final ViolationRepository violations;
    private final ViolationReads reads;
    private final PenaltyEffects effects;
    private final EvidenceStore evidence;
    private final ProductSanctions products;
    private final MerchantSanctions merchants;
    private final NotificationService notifications;
    private final AuditTrail audit;
    private final ComplianceSettings settings;
    private final Clock clock;

    ViolationService(
            ViolationRepository violations,
            ViolationReads reads,
            PenaltyEffects effects,
            EvidenceStore evidence,
            ProductSanctions products,
            MerchantSanctions merchants,
            NotificationService notifications,
            AuditTrail audit,
            ComplianceSettings settings,
            Clock clock) {
        this.violations = violations;
        this.reads = reads;
        this.effects = effects;
        this.evidence = evidence;
        this.products = products;
        this.merchants = merchants;
        this.notifications = notifications;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ViolationType> types() {
        return violations.types();
    }

    /** The merchant's products an officer may name (not drafts), newest first. */
    @Transactional(readOnly = true)
    public List<SanctionableProduct> productsOf(UUID merchantId) {
        return products.productsOf(merchantId);
    }

    /**
     * Records the violation and applies its penalty; all or nothing. Refused: a terminated or never-approved merchant,
     * an unknown type, a missing description, a period outside 1–365 days (none for termination), a delisting without
     * products, a product of another merchant, and evidence that is too large, too many or not a PDF/image.
     */
    @Transactional
    public UUID record(NewViolation violation) {
        if (violation == null || violation.merchantId() == null) {
            throw new NotFound("error.merchant.notFound");
        }
        MerchantStatus current = effects.checkApplicable(violation.merchantId());
        Map<String, String> errors = new LinkedHashMap<>();
        if (violation.typeCode() == null || !violations.typeExists(violation.typeCode())) {
            errors.put("type", "error.required");
        }
        String description = Texts.required(violation.description(), "description", errors);
        Penalty penalty = violation.penalty();
        Integer days = violation.days();
        if (penalty == null) {
            errors.put("penalty", "error.required");
        } else if (penalty.hasPeriod() && (days == null || days < 1 || days > Penalty.MAX_DAYS)) {
            errors.put("days", "error.violation.days");
        }
        Set<UUID> productIds = violation.productIds() == null ? Set.of() : Set.copyOf(violation.productIds());
        if (penalty == Penalty.DELISTING && productIds.isEmpty()) {
            errors.put("products", "error.violation.productsRequired");
        } else if (!productIds.isEmpty() && !products.allBelongTo(violation.merchantId(), productIds)) {
            errors.put("products", "error.violation.productNotOfMerchant");
        }
        evidence.check(violation.evidence(), errors);
        if (!errors.isEmpty()) {
            throw new RuleViolated(errors);
        }
        ActorPrincipal officer = CurrentActor.require();
        Instant now = clock.instant();
        UUID id = Ids.newId(clock);
        String number = DocumentNumbers.of("WG", now.atZone(BusinessTime.ZONE).toLocalDate(), id);
        Instant endsAt = penalty.hasPeriod() ? now.plus(Duration.ofDays(days)) : null;
        NewViolation clean = new NewViolation(
                violation.merchantId(),
                violation.typeCode(),
                description,
                penalty,
                days,
                productIds,
                violation.evidence());
        violations.insert(
                id,
                number,
                clean,
                description,
                endsAt,
                officer.accountId(),
                officer.label(),
                now,
                now.plus(settings.appealWindow()));
        evidence.store(id, "OFFICER", violation.evidence());
        effects.apply(violation.merchantId(), current, penalty, productIds);
        audit.record(
                "violation.recorded",
                "violation",
                id.toString(),
                description,
                "merchant=" + violation.merchantId() + " type=" + violation.typeCode() + " penalty=" + penalty
                        + (endsAt == null ? "" : " until=" + endsAt) + " products=" + productIds.size());
        notifications.send(
                merchants.ownerOf(violation.merchantId()),
                new NoticeLink(MerchantRoutes.VIOLATIONS + "/" + id),
                "notice.violation.recorded",
                number,
                "i18n:violation.penalty." + penalty.name());
        return id;
    }

    /**
     * Decides a pending appeal: {@code grant} lifts the penalty and restores what it changed; otherwise it stays.
     * Refused to the officer who recorded the violation (four-eyes), and when no appeal is pending.
     */
    @Transactional
    public void decideAppeal(UUID violationId, boolean grant, String note) {
        Violation violation =
                violations.findForUpdate(violationId, null).orElseThrow(() -> new NotFound("error.violation.notFound"));
        ActorPrincipal officer = CurrentActor.require();
        if (officer.accountId().equals(violations.decidedBy(violationId))) {
            throw new NotAllowed("error.appeal.sameOfficer");
        }
        if (violation.appealState() != AppealState.PENDING) {
            throw new RuleViolated("error.appeal.notPending");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        String text = Texts.required(note, "note", errors);
        if (!errors.isEmpty()) {
            throw new RuleViolated(errors);
        }
        AppealState outcome = grant ? AppealState.GRANTED : AppealState.UPHELD;
        if (grant && violation.state() == ViolationState.IN_FORCE) {
            effects.lift(violation);
        }
        if (!violations.decideAppeal(
                violationId, outcome, text, officer.accountId(), officer.label(), clock.instant())) {
            throw new RuleViolated("error.appeal.notPending");
        }
        audit.record(
                "violation.appeal_" + outcome.name().toLowerCase(Locale.ROOT),
                "violation",
                violationId.toString(),
                text);
        notifications.send(
                merchants.ownerOf(violation.merchantId()),
                new NoticeLink(MerchantRoutes.VIOLATIONS + "/" + violationId),
                "notice.appeal." + outcome.name(),
                violation.number());
    }

    /** Whether the signed-in officer recorded this violation (and so may not decide its appeal). */
    @Transactional(readOnly = true)
    public boolean recordedByMe(UUID violationId) {
        return CurrentActor.requireAccountId().equals(violations.decidedBy(violationId));
    }

    @Transactional(readOnly = true)
    public int count(ViolationFilter filter) {
        return violations.count(filter, null);
    }

    /** Newest first, with the store names. */
    @Transactional(readOnly = true)
    public List<Violation> page(ViolationFilter filter, int offset, int limit) {
        return reads.named(violations.page(filter, null, offset, Math.min(limit, 200)));
    }

    @Transactional(readOnly = true)
    public ViolationDetails details(UUID violationId) {
        return reads.details(violationId, null);
    }

    @Transactional(readOnly = true)
    public byte[] evidenceContent(UUID violationId, UUID evidenceId) {
        return evidence.content(violationId, evidenceId);
    }
}
