package com.ks.platform.shared;

import static com.ks.jooq.Tables.SHARED_AUDIT_ENTRY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ks.jooq.tables.records.SharedAuditEntryRecord;
import com.ks.platform.KsIntegrationTest;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit trail is tamper-evident: every entry sealed into a SHA-256 chain, and the walk finds an edited or deleted
 * entry (Cybersecurity Law art. 21). Each test puts back what it tampered with, so the chain is whole for the rest.
 */
class AuditChainTest extends KsIntegrationTest {

    @Autowired
    AuditTrail audit;

    @Autowired
    AuditChain chain;

    @Autowired
    DSLContext db;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void every_entry_is_sealed_into_the_chain_and_the_untouched_chain_verifies() {
        UUID object = record("chain.test");
        sealAll();

        SharedAuditEntryRecord sealed = entry(object);
        assertThat(sealed.getEntryHash()).hasSize(64);
        assertThat(chain.verify().intact()).isTrue();
    }

    @Test
    void an_edited_entry_is_found_at_its_place_in_the_chain() {
        UUID object = record("chain.edit");
        sealAll();
        SharedAuditEntryRecord original = entry(object);

        tamper(() -> db.update(SHARED_AUDIT_ENTRY)
                .set(SHARED_AUDIT_ENTRY.REASON, "rewritten afterwards")
                .where(SHARED_AUDIT_ENTRY.ID.eq(original.getId()))
                .execute());
        try {
            AuditChainCheck check = chain.verify();
            assertThat(check.intact()).isFalse();
            assertThat(check.brokenAt()).isEqualTo(original.getChainSeq());
            assertThat(check.problem()).isEqualTo("entry altered");
        } finally {
            tamper(() -> db.update(SHARED_AUDIT_ENTRY)
                    .set(SHARED_AUDIT_ENTRY.REASON, original.getReason())
                    .where(SHARED_AUDIT_ENTRY.ID.eq(original.getId()))
                    .execute());
        }
        assertThat(chain.verify().intact()).as("put back").isTrue();
    }

    @Test
    void a_deleted_entry_leaves_a_gap_and_a_deleted_last_entry_disagrees_with_the_head() {
        UUID first = record("chain.delete");
        UUID last = record("chain.delete");
        sealAll();
        SharedAuditEntryRecord middle = entry(first);
        SharedAuditEntryRecord end = entry(last);
        Assumptions.assumeTrue(end.getChainSeq() == middle.getChainSeq() + 1, "no sealing in between");

        delete(middle);
        try {
            AuditChainCheck check = chain.verify();
            assertThat(check.intact()).isFalse();
            assertThat(check.brokenAt()).isEqualTo(middle.getChainSeq());
            assertThat(check.problem()).isEqualTo("missing entry");
        } finally {
            restore(middle);
        }
        // only while nothing was sealed after it is this entry the chain's last
        delete(end);
        try {
            AuditChainCheck check = chain.verify();
            assertThat(check.intact()).isFalse();
        } finally {
            restore(end);
        }
        assertThat(chain.verify().intact()).as("put back").isTrue();
    }

    @Test
    void on_postgresql_the_database_itself_refuses_to_change_or_delete_a_sealed_entry() {
        Assumptions.assumeTrue(db.dialect().family() == SQLDialect.POSTGRES, "H2 has no trigger: docs/DECISIONS.md");
        UUID object = record("chain.refused");
        sealAll();
        UUID id = entry(object).getId();
        TransactionTemplate tx = new TransactionTemplate(transactions);

        assertThatThrownBy(() -> tx.executeWithoutResult(s -> db.update(SHARED_AUDIT_ENTRY)
                        .set(SHARED_AUDIT_ENTRY.REASON, "x")
                        .where(SHARED_AUDIT_ENTRY.ID.eq(id))
                        .execute()))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> db.deleteFrom(SHARED_AUDIT_ENTRY)
                        .where(SHARED_AUDIT_ENTRY.ID.eq(id))
                        .execute()))
                .hasMessageContaining("append-only");
    }

    private UUID record(String action) {
        UUID object = UUID.randomUUID();
        new TransactionTemplate(transactions)
                .executeWithoutResult(tx -> audit.record(action, "chain-test", object.toString(), "why"));
        return object;
    }

    private void sealAll() {
        while (chain.seal() > 0) {
            // until nothing waits
        }
    }

    private SharedAuditEntryRecord entry(UUID object) {
        return db.selectFrom(SHARED_AUDIT_ENTRY)
                .where(SHARED_AUDIT_ENTRY.OBJECT_ID.eq(object.toString()))
                .fetchSingle();
    }

    private void delete(SharedAuditEntryRecord entry) {
        tamper(() -> db.deleteFrom(SHARED_AUDIT_ENTRY)
                .where(SHARED_AUDIT_ENTRY.ID.eq(entry.getId()))
                .execute());
    }

    private void restore(SharedAuditEntryRecord entry) {
        SharedAuditEntryRecord copy = entry.into(SHARED_AUDIT_ENTRY);
        copy.changed(true);
        tamper(() -> db.executeInsert(copy));
    }

    /** What someone with direct database access would do; on PostgreSQL they must switch the trigger off first. */
    private void tamper(Runnable change) {
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            if (db.dialect().family() == SQLDialect.POSTGRES) {
                db.execute("SET LOCAL session_replication_role = replica");
            }
            change.run();
        });
    }
}
