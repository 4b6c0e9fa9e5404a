package com.ks.platform.credit;

import com.ks.platform.identity.Roles;
import com.ks.platform.shared.BusinessTime;
import com.ks.platform.shared.CurrentActor;
import com.ks.platform.shared.RuleViolated;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shopper's own credit: the line (re-assessed whenever it is looked at, so the factors shown are the ones used),
 * the installment choices for an amount, purchases with their periods, and bills. Always the signed-in shopper's.
 */
@Service
public class CreditService {

    static final int MAX_PAGE = 50;

    private final CreditRepository credit;
    private final CreditAssessor assessor;
    private final CreditSettings settings;
    private final Clock clock;

    CreditService(CreditRepository credit, CreditAssessor assessor, CreditSettings settings, Clock clock) {
        this.credit = credit;
        this.assessor = assessor;
        this.settings = settings;
        this.clock = clock;
    }

    /** The shopper's line assessed now, with the factors that gave its limit (PIPL art. 24). */
    @PreAuthorize(Roles.IS_SHOPPER)
    @Transactional
    public CreditOverview myCredit() {
        return assessor.assess(CurrentActor.requireAccountId());
    }

    /** Paying {@code amountFen} on credit: one period, and 3/6/12 installments from the minimum amount. */
    @PreAuthorize(Roles.IS_SHOPPER)
    @Transactional
    public InstallmentOptions installmentOptions(long amountFen) {
        if (amountFen <= 0) {
            throw new RuleViolated("error.credit.amount");
        }
        CreditOverview line = myCredit();
        List<InstallmentSchedule> choices = new ArrayList<>();
        choices.add(schedule(amountFen, 1));
        if (amountFen >= settings.installments().minAmountFen()) {
            settings.installments().feeRates().keySet().stream()
                    .sorted()
                    .forEach(periods -> choices.add(schedule(amountFen, periods)));
        }
        return new InstallmentOptions(line, amountFen, settings.installments().minAmountFen(), List.copyOf(choices));
    }

    /** The schedule of {@code periods} (1, or one of the configured installment counts) for a purchase today. */
    InstallmentSchedule schedule(long amountFen, int periods) {
        java.math.BigDecimal rate;
        if (periods == 1) {
            rate = java.math.BigDecimal.ZERO;
        } else {
            rate = settings.installments().feeRates().get(periods);
            if (rate == null) {
                throw new RuleViolated("error.credit.periods");
            }
            if (amountFen < settings.installments().minAmountFen()) {
                throw new RuleViolated(
                        "error.credit.installmentsBelowMinimum",
                        CreditCharges.yuan(settings.installments().minAmountFen()));
            }
        }
        LocalDate today = LocalDate.now(clock.withZone(BusinessTime.ZONE));
        return InstallmentSchedule.of(amountFen, periods, rate, today, settings.statementDay(), settings.dueDay());
    }

    /** The day of the month bills close and the day they are due (interest-free until then). */
    public record BillingCycle(int statementDay, int dueDay) {}

    @PreAuthorize("permitAll()")
    public BillingCycle billingCycle() {
        return new BillingCycle(settings.statementDay(), settings.dueDay());
    }

    @PreAuthorize(Roles.IS_SHOPPER)
    @Transactional(readOnly = true)
    public List<CreditPurchase> myPurchases(int offset, int limit) {
        return credit.purchases(CurrentActor.requireAccountId(), Math.max(0, offset), Math.clamp(limit, 1, MAX_PAGE));
    }

    @PreAuthorize(Roles.IS_SHOPPER)
    @Transactional(readOnly = true)
    public int countMyPurchases() {
        return credit.countPurchases(CurrentActor.requireAccountId());
    }

    /** One of the shopper's bills (another person's: NotFound). */
    @PreAuthorize(Roles.IS_SHOPPER)
    @Transactional(readOnly = true)
    public CreditBill myBill(java.util.UUID billId) {
        return credit.findBill(billId, CurrentActor.requireAccountId())
                .map(CreditRepository::bill)
                .orElseThrow(() -> new com.ks.platform.shared.NotFound("error.credit.billNotFound"));
    }

    /** The shopper's bills, the latest statement first. */
    @PreAuthorize(Roles.IS_SHOPPER)
    @Transactional(readOnly = true)
    public List<CreditBill> myBills() {
        return credit.bills(CurrentActor.requireAccountId());
    }
}
