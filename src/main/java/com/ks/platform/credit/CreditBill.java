package com.ks.platform.credit;

import java.time.LocalDate;
import java.util.UUID;

/** A monthly bill (账单): the periods that fell due in it, what was paid, and its state. */
public record CreditBill(
        UUID id, LocalDate statementDate, LocalDate dueDate, long amountFen, long paidFen, Status status) {

    public enum Status {
        OPEN,
        PAID,
        OVERDUE;

        public String messageKey() {
            return "credit.bill.status." + name();
        }
    }

    public long outstandingFen() {
        return Math.max(0, amountFen - paidFen);
    }
}
