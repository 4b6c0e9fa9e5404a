package com.ks.platform.risk;

import com.ks.jooq.tables.records.RiskAlertRecord;
import com.ks.platform.identity.AccountDetails;
import com.ks.platform.identity.AccountQueries;
import com.ks.platform.identity.Roles;
import com.ks.platform.shared.AuditTrail;
import com.ks.platform.shared.CurrentActor;
import com.ks.platform.shared.NotFound;
import com.ks.platform.shared.RuleViolated;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Challenged and blocked payment attempts for compliance officers: newest first, acknowledged or closed with a note. */
@Service
public class RiskAlerts {

    static final int MAX_NOTE = 500;

    private final RiskRepository risks;
    private final AccountQueries accounts;
    private final AuditTrail audit;
    private final Clock clock;

    RiskAlerts(RiskRepository risks, AccountQueries accounts, AuditTrail audit, Clock clock) {
        this.risks = risks;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /** A page of alerts in one status (all when null), newest first. */
    @PreAuthorize(Roles.IS_COMPLIANCE_OFFICER)
    @Transactional(readOnly = true)
    public List<RiskAlertSummary> alerts(RiskAlertStatus status, int offset, int limit) {
        List<RiskAlertRecord> rows = risks.alerts(status, Math.max(0, offset), Math.clamp(limit, 1, 200));
        Map<UUID, AccountDetails> shoppers = accounts.findByIds(
                rows.stream().map(RiskAlertRecord::getAccountId).distinct().toList());
        return rows.stream()
                .map(alert -> summary(alert, Optional.ofNullable(shoppers.get(alert.getAccountId()))))
                .toList();
    }

    @PreAuthorize(Roles.IS_COMPLIANCE_OFFICER)
    @Transactional(readOnly = true)
    public int countAlerts(RiskAlertStatus status) {
        return risks.countAlerts(status);
    }

    /** An officer acknowledges (looking into it) or closes an alert, always with a note; audited. */
    @PreAuthorize(Roles.IS_COMPLIANCE_OFFICER)
    @Transactional
    public RiskAlertSummary handle(UUID alertId, RiskAlertStatus to, String note) {
        String text = note == null ? "" : note.strip();
        if (text.isEmpty()) {
            throw new RuleViolated(Map.of("note", "error.risk.noteRequired"));
        }
        if (text.length() > MAX_NOTE) {
            throw new RuleViolated(Map.of("note", "error.risk.noteTooLong"));
        }
        RiskAlertRecord alert = (alertId == null ? Optional.<RiskAlertRecord>empty() : risks.lockAlert(alertId))
                .orElseThrow(() -> new NotFound("error.risk.alertNotFound"));
        RiskAlertStatus from = RiskAlertStatus.valueOf(alert.getStatus());
        if (to == null || !from.canMoveTo(to)) {
            throw new RuleViolated("error.risk.alertAlreadyHandled");
        }
        risks.handle(alertId, to, text, CurrentActor.requireAccountId(), clock.instant());
        audit.record("risk-alert." + to.name().toLowerCase(Locale.ROOT), "risk_alert", alertId.toString(), text);
        RiskAlertRecord handled = risks.lockAlert(alertId).orElseThrow();
        return summary(handled, accounts.findById(handled.getAccountId()));
    }

    private static RiskAlertSummary summary(RiskAlertRecord alert, Optional<AccountDetails> account) {
        String shopper =
                account.map(AccountDetails::email).map(RiskAlerts::maskEmail).orElse("—");
        return new RiskAlertSummary(
                alert.getId(),
                alert.getCreatedAt(),
                shopper,
                alert.getAmountFen(),
                RiskDecision.valueOf(alert.getDecision()),
                RiskControl.reasons(alert.getReasons()),
                RiskAlertStatus.valueOf(alert.getStatus()),
                alert.getNote());
    }

    /** li***@ks.demo: enough to tell shoppers apart in a queue, not enough to contact one. */
    static String maskEmail(String email) {
        int at = email.indexOf('@');
        if (at <= 0) {
            return "***";
        }
        return email.charAt(0) + "***" + email.substring(at);
    }
}
