package com.ks.platform.identity;

import com.ks.platform.shared.AuditTrail;
import com.ks.platform.shared.NotFound;
import com.ks.platform.shared.PersonalDataMasks;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff see an account's name and e-mail masked; the whole values are handed out here, one account at a time, with a
 * reason that goes into the audit trail with who asked and when (PIPL art. 51: access control and a record of access).
 */
@Service
public class PersonalDataReveals {

    private final AccountRepository accounts;
    private final AuditTrail audit;

    PersonalDataReveals(AccountRepository accounts, AuditTrail audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    /** The account's whole name and e-mail, for the agent or officer who gave a reason; audited. */
    @PreAuthorize("hasAnyRole('CS_AGENT', 'CS_LEAD', 'COMPLIANCE_OFFICER', 'ADMIN')")
    @Transactional
    public AccountDetails revealAccount(UUID accountId, String reason) {
        String why = PersonalDataMasks.revealReason(reason);
        AccountDetails account =
                accounts.findDetails(accountId).orElseThrow(() -> new NotFound("error.account.notFound"));
        audit.record(PersonalDataMasks.REVEAL_ACTION, "account", accountId.toString(), why, "name, e-mail");
        return account;
    }
}
