package com.ks.platform.backup;

import com.ks.platform.identity.Roles;
import com.ks.platform.shared.AuditTrail;
import com.ks.platform.shared.RuleViolated;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Backups as administrators see and start them: the list, a backup now, a restore drill now, the last drill's result.
 * Restoring over the live database is not offered here: it is done with the app stopped, from the command line
 * ({@link BackupCommand}, docs/operations.md).
 */
@Service
@PreAuthorize(Roles.IS_ADMIN)
public class Backups {

    private final BackupEngine engine;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;

    Backups(BackupEngine engine, AuditTrail audit, PlatformTransactionManager transactionManager) {
        this.engine = engine;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    public List<BackupSummary> list() {
        return engine.list();
    }

    public Optional<DrillResult> lastDrill() {
        return engine.lastDrill();
    }

    /** A backup now, under the same retention as the scheduled ones. */
    public BackupSummary backUpNow() {
        BackupSummary backup = engine.backUp();
        engine.applyRetention();
        // the backup itself runs outside any transaction (minutes on a large database); only its record is written in
        // one
        transactions.executeWithoutResult(tx -> audit.record("backup.created", "backup", backup.id(), null));
        return backup;
    }

    /** Restores the newest backup into a scratch database and compares it (the live data is not touched). */
    public DrillResult drillNow() {
        List<BackupSummary> all = engine.list();
        if (all.isEmpty()) {
            throw new RuleViolated("backup.error.none");
        }
        DrillResult result = engine.drill(all.getFirst().id());
        transactions.executeWithoutResult(tx -> audit.record(
                "backup.drilled", "backup", result.backupId(), null, result.passed() ? "passed" : "failed"));
        return result;
    }
}
