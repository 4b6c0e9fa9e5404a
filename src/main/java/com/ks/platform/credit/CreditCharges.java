package com.ks.platform.credit;

import com.ks.jooq.tables.records.CreditBillRecord;
import com.ks.platform.identity.Roles;
import com.ks.platform.shared.CurrentActor;
import com.ks.platform.shared.ModuleHook;
import com.ks.platform.shared.NotFound;
import com.ks.platform.shared.RuleViolated;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The credit side of payments, called by the payment module inside its own transaction: charging the line for a
 * purchase, giving a refund back to it, and applying a repayment to a bill. Never a door for a view: the payment
 * module's secured services decide who pays what.
 */
@Service
public class CreditCharges {

    private final CreditRepository credit;
    private final CreditAssessor assessor;
    private final CreditService service;
    private final TransactionTemplate separately;

    CreditCharges(
            CreditRepository credit,
            CreditAssessor assessor,
            CreditService service,
            PlatformTransactionManager transactionManager) {
        this.credit = credit;
        this.assessor = assessor;
        this.service = service;
        this.separately = new TransactionTemplate(transactionManager);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** A purchase on credit: what the line was charged (the amount plus any installment fee) and its schedule. */
    public record Receipt(UUID purchaseId, InstallmentSchedule schedule) {}

    /**
     * Charges the signed-in shopper's line with {@code amountFen} in {@code periods} (1 = pay later in one go), after
     * assessing the line again. Refused — and the attempt recorded, nothing else written — when the line is frozen,
     * there is no credit, or the amount with its fee is above what is available (Consumer Protection Law art. 20: the
     * shopper is told why, before any money moves).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    @ModuleHook
    public Receipt charge(UUID paymentId, long amountFen, int periods) {
        UUID accountId = CurrentActor.requireAccountId();
        InstallmentSchedule schedule = service.schedule(amountFen, periods);
        CreditOverview line = assessor.assess(accountId);
        if (line.limitFen() == 0) {
            throw refused(accountId, paymentId, schedule, line, CreditRepository.AttemptOutcome.NO_CREDIT);
        }
        if (!credit.charge(accountId, schedule.totalFen())) {
            CreditOverview now = assessor.stored(accountId);
            throw refused(
                    accountId,
                    paymentId,
                    schedule,
                    now,
                    now.frozen() ? CreditRepository.AttemptOutcome.FROZEN : CreditRepository.AttemptOutcome.OVER_LIMIT);
        }
        UUID purchase = credit.insertPurchase(accountId, paymentId, schedule);
        credit.insertAttempt(
                accountId,
                paymentId,
                schedule.totalFen(),
                line.availableFen(),
                CreditRepository.AttemptOutcome.CHARGED);
        return new Receipt(purchase, schedule);
    }

    private RuleViolated refused(
            UUID accountId,
            UUID paymentId,
            InstallmentSchedule schedule,
            CreditOverview line,
            CreditRepository.AttemptOutcome outcome) {
        // recorded in its own transaction: the caller's rolls back with the refusal
        separately.executeWithoutResult(
                tx -> credit.insertAttempt(accountId, paymentId, schedule.totalFen(), line.availableFen(), outcome));
        return switch (outcome) {
            case FROZEN -> new RuleViolated("error.credit.frozen");
            case NO_CREDIT -> new RuleViolated("error.credit.none");
            default -> new RuleViolated("error.credit.overLimit", yuan(schedule.totalFen()), yuan(line.availableFen()));
        };
    }

    static java.math.BigDecimal yuan(long fen) {
        return java.math.BigDecimal.valueOf(fen, 2);
    }

    /**
     * Gives {@code amountFen} of a purchase back to the line (a refund of an order paid on credit): off the principal
     * of periods not billed yet (last first), the rest against unpaid bills (oldest first). @return the refund's id
     */
    @Transactional(propagation = Propagation.MANDATORY)
    @ModuleHook
    public String refund(UUID paymentId, long amountFen) {
        var purchase = credit.lockPurchaseOfPayment(paymentId).orElseThrow(() -> new NotFound("error.credit.notFound"));
        UUID accountId = purchase.getAccountId();
        credit.addRefunded(purchase.getId(), amountFen);
        long left = credit.reduceUnbilledPrincipal(purchase.getId(), amountFen);
        for (CreditBillRecord bill : credit.lockUnpaidBills(accountId)) {
            if (left == 0) {
                break;
            }
            long take = Math.min(left, bill.getAmountFen() - bill.getPaidFen());
            credit.addPaid(bill, take);
            left -= take;
        }
        credit.reduceOwed(accountId, amountFen);
        unfreezeWhenNothingOverdue(accountId);
        return "credit-refund:" + purchase.getId() + ":" + purchase.getRefundedFen();
    }

    /** What is left to pay of the signed-in shopper's bill (another person's bill: NotFound). */
    @PreAuthorize(Roles.IS_SHOPPER)
    @Transactional(readOnly = true)
    public long repayable(UUID billId) {
        CreditBill bill = credit.findBill(billId, CurrentActor.requireAccountId())
                .map(CreditRepository::bill)
                .orElseThrow(() -> new NotFound("error.credit.billNotFound"));
        if (bill.outstandingFen() == 0) {
            throw new RuleViolated("error.credit.billPaid");
        }
        return bill.outstandingFen();
    }

    /**
     * A verified repayment of a bill (once per payment: a repeated notification changes nothing). The line is unfrozen
     * when no bill is overdue any more. @return false when this payment was applied before
     */
    @Transactional(propagation = Propagation.MANDATORY)
    @ModuleHook
    public boolean repaid(UUID billId, UUID accountId, UUID paymentId, long amountFen) {
        CreditBillRecord bill =
                credit.lockBill(billId, accountId).orElseThrow(() -> new NotFound("error.credit.billNotFound"));
        if (!credit.insertRepayment(billId, accountId, paymentId, amountFen)) {
            return false;
        }
        credit.addPaid(bill, amountFen);
        credit.reduceOwed(accountId, amountFen);
        unfreezeWhenNothingOverdue(accountId);
        return true;
    }

    private void unfreezeWhenNothingOverdue(UUID accountId) {
        if (credit.countOverdue(accountId) == 0) {
            credit.setFrozen(accountId, false);
        }
    }
}
