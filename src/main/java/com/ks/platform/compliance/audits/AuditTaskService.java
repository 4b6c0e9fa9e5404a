package com.ks.platform.compliance.audits;

import com.ks.platform.catalog.ProductSanctions;
import com.ks.platform.compliance.CreditRatingService;
import com.ks.platform.compliance.NewViolation;
import com.ks.platform.compliance.RatingFell;
import com.ks.platform.compliance.Texts;
import com.ks.platform.compliance.ViolationService;
import com.ks.platform.identity.Roles;
import com.ks.platform.merchant.MerchantQueries;
import com.ks.platform.merchant.MerchantSummary;
import com.ks.platform.shared.ActorPrincipal;
import com.ks.platform.shared.AuditTrail;
import com.ks.platform.shared.BusinessTime;
import com.ks.platform.shared.CurrentActor;
import com.ks.platform.shared.DocumentNumbers;
import com.ks.platform.shared.Ids;
import com.ks.platform.shared.NotFound;
import com.ks.platform.shared.RuleViolated;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 抽查: audit tasks drawn at random among merchants weighted by risk ({@link AuditRisk}), weekly and on an officer's
 * request, and opened when a merchant's grade falls below the alert line. One open task per merchant. Each task has
 * a checklist, findings and a due date; it ends passed (every item checked and passed) or with a violation recorded
 * (through {@link ViolationService#record}, in the same transaction).
 */
@Service
public class AuditTaskService {

    private static final Logger log = LoggerFactory.getLogger(AuditTaskService.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final int PAGE = 500;

    private final AuditTaskRepository tasks;
    private final MerchantQueries merchants;
    private final CreditRatingService ratings;
    private final ProductSanctions products;
    private final ViolationService violations;
    private final AuditTrail audit;
    private final AuditSettings settings;
    private final TransactionTemplate transactions;
    private final Clock clock;

    AuditTaskService(
            AuditTaskRepository tasks,
            MerchantQueries merchants,
            CreditRatingService ratings,
            ProductSanctions products,
            ViolationService violations,
            AuditTrail audit,
            AuditSettings settings,
            TransactionTemplate transactions,
            Clock clock) {
        this.tasks = tasks;
        this.merchants = merchants;
        this.ratings = ratings;
        this.products = products;
        this.violations = violations;
        this.audit = audit;
        this.settings = settings;
        this.transactions = transactions;
        this.clock = clock;
    }

    @PreAuthorize(Roles.IS_COMPLIANCE_OFFICER)
    @Transactional(readOnly = true)
    public int count(AuditTaskState state) {
        return tasks.count(state);
    }

    @PreAuthorize(Roles.IS_COMPLIANCE_OFFICER)
    @Transactional(readOnly = true)
    public int countOverdue() {
        return tasks.countOverdue(clock.instant());
    }

    /** Open tasks by due date; closed ones newest first; {@code null}: all. */
    @PreAuthorize(Roles.IS_COMPLIANCE_OFFICER)
    @Transactional(readOnly = true)
    public List<AuditTask> list(AuditTaskState state, int offset, int limit) {
        return tasks.list(state, offset, Math.min(limit, 100));
    }

    @PreAuthorize(Roles.IS_COMPLIANCE_OFFICER)
    @Transactional(readOnly = true)
    public AuditTask task(UUID taskId) {
        return (taskId == null ? Optional.<AuditTask>empty() : tasks.find(taskId, false))
                .orElseThrow(() -> new NotFound("error.audit.taskNotFound"));
    }

    /** Draws a sample now (as the weekly job does); returns the tasks opened. */
    @PreAuthorize(Roles.IS_COMPLIANCE_OFFICER)
    @Transactional
    public List<UUID> drawSample() {
        return sample(settings.sampleSize());
    }

    @Scheduled(cron = "${ks.compliance.audits.sample-cron:0 0 3 * * MON}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "compliance-audit-sample", lockAtMostFor = "PT1H")
    void weekly() {
        List<UUID> opened = transactions.execute(tx -> sample(settings.sampleSize()));
        log.info("Audit sample drew {} merchant(s)", opened.size());
    }

    /** A fall below the alert line opens a task, in the rating's transaction (none if one is open already). */
    @EventListener
    void on(RatingFell fell) {
        merchants
                .publicFacts(fell.merchantId())
                .ifPresent(merchant -> open(
                        merchant,
                        AuditOrigin.RATING_DROP,
                        new AuditRisk.Weight(0, List.of("GRADE:" + fell.grade(), "DROP")),
                        null));
    }

    /** Saves the checklist and findings as they are so far. */
    @PreAuthorize(Roles.IS_COMPLIANCE_OFFICER)
    @Transactional
    public void save(
            UUID taskId, Map<AuditCheckItem, Boolean> results, Map<AuditCheckItem, String> notes, String findings) {
        AuditTask task = open(taskId);
        Map<String, String> errors = new LinkedHashMap<>();
        String text = findings == null || findings.isBlank() ? null : Texts.required(findings, "findings", errors);
        for (AuditTask.Check check : task.checks()) {
            String note = notes == null ? null : notes.get(check.item());
            if (note != null && !note.isBlank()) {
                note = note.strip();
                if (note.length() > 300) {
                    errors.put("note." + check.item().name(), "error.length");
                }
            } else {
                note = null;
            }
            if (errors.isEmpty()) {
                tasks.saveCheck(taskId, check.item(), results == null ? null : results.get(check.item()), note);
            }
        }
        if (!errors.isEmpty()) {
            throw new RuleViolated(errors);
        }
        tasks.saveFindings(taskId, text);
    }

    /** Passes the audit: only when every item of its checklist was checked and passed. */
    @PreAuthorize(Roles.IS_COMPLIANCE_OFFICER)
    @Transactional
    public void pass(UUID taskId) {
        AuditTask task = open(taskId);
        if (task.checks().stream().anyMatch(c -> !Boolean.TRUE.equals(c.passed()))) {
            throw new RuleViolated("error.audit.checklistIncomplete");
        }
        ActorPrincipal officer = CurrentActor.require();
        tasks.close(taskId, AuditTaskState.PASSED, officer.accountId(), officer.label(), null, clock.instant());
        audit.record("audit-task.passed", "audit_task", taskId.toString(), task.findings());
    }

    /** Ends the audit by recording the violation it found (same merchant): both or neither. */
    @PreAuthorize(Roles.IS_COMPLIANCE_OFFICER)
    @Transactional
    public UUID closeWithViolation(UUID taskId, NewViolation violation) {
        AuditTask task = open(taskId);
        if (violation == null || !task.merchantId().equals(violation.merchantId())) {
            throw new RuleViolated("error.audit.otherMerchant");
        }
        UUID violationId = violations.record(violation);
        ActorPrincipal officer = CurrentActor.require();
        tasks.close(
                taskId,
                AuditTaskState.VIOLATION_OPENED,
                officer.accountId(),
                officer.label(),
                violationId,
                clock.instant());
        audit.record("audit-task.violation", "audit_task", taskId.toString(), null, "violation=" + violationId);
        return violationId;
    }

    /**
     * Weighted sampling without replacement (Efraimidis–Spirakis: each merchant draws u^(1/w), the n largest win), over
     * merchants that may be penalised and have no open task, a page at a time so memory stays at n.
     */
    List<UUID> sample(int size) {
        Instant now = clock.instant();
        record Candidate(MerchantSummary merchant, AuditRisk.Weight risk, double key) {}
        PriorityQueue<Candidate> best = new PriorityQueue<>(Comparator.comparingDouble(Candidate::key));
        for (int offset = 0; ; offset += PAGE) {
            List<UUID> page = merchants.penalisableIds(offset, PAGE);
            for (UUID id : page) {
                if (tasks.hasOpen(id)) {
                    continue;
                }
                Optional<MerchantSummary> merchant = merchants.publicFacts(id);
                if (merchant.isEmpty()) {
                    continue;
                }
                AuditRisk.Weight risk = AuditRisk.of(merchant.get(), ratings.latest(id), now);
                double key = Math.pow(ThreadLocalRandom.current().nextDouble(), 1.0 / risk.weight());
                best.add(new Candidate(merchant.get(), risk, key));
                if (best.size() > size) {
                    best.poll();
                }
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        List<UUID> opened = new ArrayList<>();
        for (Candidate c : best) {
            var products = this.products.productsOf(c.merchant().id());
            UUID product = products.isEmpty()
                    ? null
                    : products.get(ThreadLocalRandom.current().nextInt(products.size()))
                            .id();
            open(c.merchant(), AuditOrigin.SAMPLE, c.risk(), product).ifPresent(opened::add);
        }
        return opened;
    }

    private Optional<UUID> open(MerchantSummary merchant, AuditOrigin origin, AuditRisk.Weight risk, UUID productId) {
        Instant now = clock.instant();
        UUID id = Ids.newId(clock);
        String number = DocumentNumbers.of("CC", now.atZone(BusinessTime.ZONE).toLocalDate(), id);
        if (tasks.hasOpen(merchant.id())
                || !tasks.insert(id, number, merchant.id(), productId, origin, risk, now.plus(settings.dueIn()), now)) {
            return Optional.empty();
        }
        audit.record(
                "audit-task.opened",
                "audit_task",
                id.toString(),
                null,
                "merchant=" + merchant.id() + " origin=" + origin + " risk=" + risk.weight() + " "
                        + String.join(",", risk.reasons()));
        return Optional.of(id);
    }

    private AuditTask open(UUID taskId) {
        AuditTask task = (taskId == null ? Optional.<AuditTask>empty() : tasks.find(taskId, true))
                .orElseThrow(() -> new NotFound("error.audit.taskNotFound"));
        if (task.state() != AuditTaskState.OPEN) {
            throw new RuleViolated("error.audit.taskClosed");
        }
        return task;
    }
}
