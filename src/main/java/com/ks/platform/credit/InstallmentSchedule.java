package com.ks.platform.credit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The periods of a purchase on credit: one period (pay later, no fee) or 3/6/12 installments. The plan's fee is
 * {@code rate × principal} rounded HALF_UP to the fen once; principal and fee are each split evenly with the remainder
 * on the first period, so the periods add up exactly. Period k falls into the k-th bill after the purchase and is due on
 * that bill's due date (until then it is interest-free).
 */
public record InstallmentSchedule(int periods, long principalFen, long feeFen, BigDecimal feeRate, List<Period> lines) {

    public static final Set<Integer> PERIOD_CHOICES = Set.of(3, 6, 12);

    public record Period(int seq, LocalDate statementDate, LocalDate dueDate, long principalFen, long feeFen) {

        public long totalFen() {
            return principalFen + feeFen;
        }
    }

    public long totalFen() {
        return principalFen + feeFen;
    }

    static InstallmentSchedule of(
            long principalFen, int periods, BigDecimal feeRate, LocalDate purchaseDay, int statementDay, int dueDay) {
        long fee = feeRate.multiply(BigDecimal.valueOf(principalFen))
                .setScale(0, RoundingMode.HALF_UP)
                .longValueExact();
        LocalDate firstStatement = purchaseDay.getDayOfMonth() < statementDay
                ? purchaseDay.withDayOfMonth(statementDay)
                : purchaseDay.plusMonths(1).withDayOfMonth(statementDay);
        List<Period> lines = new ArrayList<>();
        for (int k = 0; k < periods; k++) {
            LocalDate statement = firstStatement.plusMonths(k);
            lines.add(new Period(
                    k + 1,
                    statement,
                    statement.withDayOfMonth(dueDay),
                    share(principalFen, periods, k),
                    share(fee, periods, k)));
        }
        return new InstallmentSchedule(periods, principalFen, fee, feeRate, List.copyOf(lines));
    }

    private static long share(long total, int periods, int index) {
        long each = total / periods;
        return index == 0 ? total - each * (periods - 1) : each;
    }
}
