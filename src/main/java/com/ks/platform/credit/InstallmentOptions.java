package com.ks.platform.credit;

import java.util.List;

/**
 * What paying an amount on credit would look like: the line's standing and what is available, whether installments
 * are offered (from {@code minAmountFen}), and the full schedule of each choice — pay later in one period first.
 */
public record InstallmentOptions(
        CreditOverview credit, long amountFen, long minAmountFen, List<InstallmentSchedule> choices) {

    public boolean installmentsOffered() {
        return amountFen >= minAmountFen;
    }

    /** The one-period choice (no fee) fits within what is available. */
    public boolean payable() {
        return amountFen > 0 && amountFen <= credit.availableFen();
    }
}
