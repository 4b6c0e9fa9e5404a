package com.ks.platform.shared;

import static com.ks.jooq.Tables.SHARED_AUDIT_CHAIN_HEAD;
import static com.ks.jooq.Tables.SHARED_AUDIT_ENTRY;

import com.ks.jooq.tables.records.SharedAuditEntryRecord;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit trail's hash chain. Entries are written unchained, in the business transaction, so no business action
 * waits for a chain-wide lock; a sealer (one writer: ShedLock, and the head row locked) then links them in the order it
 * finds them: entry n's hash is SHA-256 over the previous hash, n and every field of the entry. Verification walks the
 * chain: an edited entry breaks its own hash, a deleted one leaves a gap, a deleted last one disagrees with the head.
 * An attacker who can rewrite the whole chain and the head can hide; that is what PostgreSQL's append-only trigger and
 * exports to officers are for.
 */
@Component
public class AuditChain {

    private static final Logger log = LoggerFactory.getLogger(AuditChain.class);
    private static final int PAGE = 1000;

    /** The chain's last sealed link: what a signed export anchors outside the database. */
    public record Head(long lastSeq, String lastHash) {}

    private final DSLContext db;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;

    AuditChain(DSLContext db, AuditTrail audit, TransactionTemplate transactions) {
        this.db = db;
        this.audit = audit;
        this.transactions = transactions;
    }

    @Scheduled(fixedDelayString = "${ks.audit.seal-interval:PT10S}")
    @SchedulerLock(name = "audit-chain-seal", lockAtMostFor = "PT5M")
    void scheduledSeal() {
        while (seal() == PAGE) {
            // a backlog: keep sealing
        }
    }

    @Scheduled(cron = "${ks.audit.verify-cron:0 15 3 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "audit-chain-verify", lockAtMostFor = "PT1H")
    void scheduledVerify() {
        AuditChainCheck check = transactions.execute(tx -> recordCheck(verify()));
        if (check.intact()) {
            log.info("Audit chain intact: {} entries", check.entriesChecked());
        } else {
            log.error("AUDIT CHAIN BROKEN at entry {}: {}", check.brokenAt(), check.problem());
        }
    }

    /**
     * Writes the result of a verification into the trail itself ({@code audit.verified} or {@code audit.verifyFailed}),
     * so officers see when the chain was last checked and how it went; inside the caller's transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public AuditChainCheck recordCheck(AuditChainCheck check) {
        if (check.intact()) {
            audit.record("audit.verified", "audit-log", "chain", null, "entries=" + check.entriesChecked());
        } else {
            audit.record("audit.verifyFailed", "audit-log", "chain", check.problem(), "brokenAt=" + check.brokenAt());
        }
        return check;
    }

    /** The last sealed link now. */
    @Transactional(readOnly = true)
    public Head head() {
        var head = db.selectFrom(SHARED_AUDIT_CHAIN_HEAD)
                .where(SHARED_AUDIT_CHAIN_HEAD.ID.eq(1))
                .fetchOne();
        return new Head(head.getLastSeq(), head.getLastHash());
    }

    /** Links up to 1 000 unsealed entries, oldest first; returns how many. */
    @Transactional
    public int seal() {
        var head = db.selectFrom(SHARED_AUDIT_CHAIN_HEAD)
                .where(SHARED_AUDIT_CHAIN_HEAD.ID.eq(1))
                .forUpdate()
                .fetchOne();
        List<SharedAuditEntryRecord> fresh = db.selectFrom(SHARED_AUDIT_ENTRY)
                .where(SHARED_AUDIT_ENTRY.ENTRY_HASH.isNull())
                .orderBy(SHARED_AUDIT_ENTRY.OCCURRED_AT, SHARED_AUDIT_ENTRY.ID)
                .limit(PAGE)
                .fetch();
        long seq = head.getLastSeq();
        String previous = head.getLastHash();
        for (SharedAuditEntryRecord entry : fresh) {
            seq++;
            String hash = hash(previous, seq, entry);
            db.update(SHARED_AUDIT_ENTRY)
                    .set(SHARED_AUDIT_ENTRY.CHAIN_SEQ, seq)
                    .set(SHARED_AUDIT_ENTRY.PREV_HASH, previous)
                    .set(SHARED_AUDIT_ENTRY.ENTRY_HASH, hash)
                    .where(SHARED_AUDIT_ENTRY.ID.eq(entry.getId()))
                    .and(SHARED_AUDIT_ENTRY.ENTRY_HASH.isNull())
                    .execute();
            previous = hash;
        }
        if (!fresh.isEmpty()) {
            db.update(SHARED_AUDIT_CHAIN_HEAD)
                    .set(SHARED_AUDIT_CHAIN_HEAD.LAST_SEQ, seq)
                    .set(SHARED_AUDIT_CHAIN_HEAD.LAST_HASH, previous)
                    .where(SHARED_AUDIT_CHAIN_HEAD.ID.eq(1))
                    .execute();
        }
        return fresh.size();
    }

    /** Walks the sealed chain from its first entry; stops at the first link that does not hold. */
    @Transactional(readOnly = true)
    public AuditChainCheck verify() {
        var head = db.selectFrom(SHARED_AUDIT_CHAIN_HEAD)
                .where(SHARED_AUDIT_CHAIN_HEAD.ID.eq(1))
                .fetchOne();
        long expected = 1;
        String previous = "0".repeat(64);
        while (true) {
            List<SharedAuditEntryRecord> page = db.selectFrom(SHARED_AUDIT_ENTRY)
                    .where(SHARED_AUDIT_ENTRY.CHAIN_SEQ.ge(expected))
                    .and(SHARED_AUDIT_ENTRY.CHAIN_SEQ.le(head.getLastSeq()))
                    .orderBy(SHARED_AUDIT_ENTRY.CHAIN_SEQ)
                    .limit(PAGE)
                    .fetch();
            if (page.isEmpty()) {
                break;
            }
            for (SharedAuditEntryRecord entry : page) {
                if (entry.getChainSeq() != expected) {
                    return broken(expected, "missing entry");
                }
                if (!previous.equals(entry.getPrevHash())
                        || !hash(previous, expected, entry).equals(entry.getEntryHash())) {
                    return broken(expected, "entry altered");
                }
                previous = entry.getEntryHash();
                expected++;
            }
        }
        long checked = expected - 1;
        if (checked != head.getLastSeq() || !previous.equals(head.getLastHash())) {
            return broken(checked + 1, "missing entry at the end of the chain");
        }
        return new AuditChainCheck(true, checked, null, null);
    }

    private static AuditChainCheck broken(long seq, String problem) {
        return new AuditChainCheck(false, seq - 1, seq, problem);
    }

    static String hash(String previous, long seq, SharedAuditEntryRecord e) {
        String canonical = String.join(
                "\u001f",
                previous,
                Long.toString(seq),
                e.getId().toString(),
                e.getOccurredAt().toString(),
                String.valueOf(e.getActorId()),
                e.getActorLabel(),
                e.getAction(),
                e.getObjectType(),
                e.getObjectId(),
                String.valueOf(e.getReason()),
                String.valueOf(e.getDetails()));
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
