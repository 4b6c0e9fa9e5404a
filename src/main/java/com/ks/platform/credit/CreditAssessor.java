package com.ks.platform.credit;

import com.ks.jooq.tables.records.CreditLineRecord;
import com.ks.platform.identity.AccountDetails;
import com.ks.platform.identity.AccountQueries;
import com.ks.platform.ordering.PurchaseHistory;
import com.ks.platform.shared.NotFound;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Assesses an account now from its behaviour data and stores the outcome with its factors (inside the caller's work). */
@Component
class CreditAssessor {

    private final CreditRepository credit;
    private final CreditScoring scoring;
    private final AccountQueries accounts;
    private final PurchaseHistory history;
    private final Clock clock;

    CreditAssessor(
            CreditRepository credit,
            CreditScoring scoring,
            AccountQueries accounts,
            PurchaseHistory history,
            Clock clock) {
        this.credit = credit;
        this.scoring = scoring;
        this.accounts = accounts;
        this.history = history;
        this.clock = clock;
    }

    CreditOverview assess(UUID accountId) {
        AccountDetails account = accounts.findById(accountId).orElseThrow(() -> new NotFound("error.credit.notFound"));
        var assessment = scoring.assess(
                account.createdAt(), history.of(accountId), credit.repayments(accountId), clock.instant());
        credit.saveAssessment(accountId, assessment);
        return overview(account, credit.line(accountId).orElseThrow());
    }

    /** The stored assessment, as it was last made. */
    CreditOverview stored(UUID accountId) {
        AccountDetails account = accounts.findById(accountId).orElseThrow(() -> new NotFound("error.credit.notFound"));
        return overview(account, credit.line(accountId).orElseThrow(() -> new NotFound("error.credit.notFound")));
    }

    private CreditOverview overview(AccountDetails account, CreditLineRecord line) {
        return new CreditOverview(
                account.id(),
                account.displayName(),
                CreditStanding.valueOf(line.getStanding()),
                line.getScore(),
                line.getLimitFen(),
                line.getOwedFen(),
                line.getFrozen(),
                line.getAssessedAt(),
                credit.factors(account.id()));
    }
}
