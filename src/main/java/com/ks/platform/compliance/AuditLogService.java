package com.ks.platform.compliance;

import com.ks.platform.identity.Roles;
import com.ks.platform.shared.AuditChain;
import com.ks.platform.shared.AuditChainCheck;
import com.ks.platform.shared.AuditEntry;
import com.ks.platform.shared.AuditQuery;
import com.ks.platform.shared.AuditTrail;
import com.ks.platform.shared.RuleViolated;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Officers search the platform's audit trail, check its hash chain and export a period as CSV (Cybersecurity Law art.
 * 21: logs kept at least six months). An export is itself recorded in the trail.
 */
@Service
@PreAuthorize(Roles.IS_COMPLIANCE_OFFICER)
public class AuditLogService {

    static final Duration MAX_EXPORT = Duration.ofDays(366);
    static final int MAX_EXPORT_ROWS = 100_000;

    private final AuditTrail audit;
    private final AuditChain chain;

    AuditLogService(AuditTrail audit, AuditChain chain) {
        this.audit = audit;
        this.chain = chain;
    }

    @Transactional(readOnly = true)
    public int count(AuditQuery query) {
        return audit.count(query == null ? AuditQuery.all() : query);
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> search(AuditQuery query, int offset, int limit) {
        return audit.search(query == null ? AuditQuery.all() : query, offset, limit);
    }

    /** Seals what is waiting, then walks the whole chain; the result is recorded in the trail. */
    @Transactional
    public AuditChainCheck verify() {
        chain.seal();
        return chain.recordCheck(chain.verify());
    }

    /** The latest verification, nightly or on demand: when, by whom ("system" for the job), and its result. */
    @Transactional(readOnly = true)
    public Optional<AuditEntry> lastVerification() {
        return audit.search(new AuditQuery(null, "audit.verif", "audit-log", "chain", null, null), 0, 1).stream()
                .findFirst();
    }

    /** The entries of the search as CSV (UTF-8 with BOM, so spreadsheet programs read Chinese right), oldest last. */
    @Transactional
    public String exportCsv(AuditQuery query) {
        if (query == null
                || query.from() == null
                || query.to() == null
                || !query.from().isBefore(query.to())) {
            throw new RuleViolated("error.audit.periodRequired");
        }
        if (Duration.between(query.from(), query.to()).compareTo(MAX_EXPORT) > 0) {
            throw new RuleViolated("error.audit.periodTooLong");
        }
        StringBuilder csv =
                new StringBuilder("\uFEFFoccurred_at,actor,action,object_type,object_id,reason,details\r\n");
        int rows = 0;
        for (int offset = 0; offset < MAX_EXPORT_ROWS; offset += 500) {
            List<AuditEntry> page = audit.search(query, offset, 500);
            for (AuditEntry e : page) {
                csv.append(String.join(
                                ",",
                                cell(e.occurredAt().toString()),
                                cell(e.actorLabel()),
                                cell(e.action()),
                                cell(e.objectType()),
                                cell(e.objectId()),
                                cell(e.reason()),
                                cell(e.details())))
                        .append("\r\n");
            }
            rows += page.size();
            if (page.size() < 500) {
                break;
            }
        }
        audit.record(
                "audit.exported",
                "audit-log",
                query.from() + "/" + query.to(),
                null,
                "rows=" + rows + " actor=" + query.actor() + " action=" + query.action() + " object="
                        + query.objectType() + ":" + query.objectId());
        return csv.toString();
    }

    static String cell(String value) {
        return RegulatorExportPart.csvCell(value);
    }
}
