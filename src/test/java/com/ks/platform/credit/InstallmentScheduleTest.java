package com.ks.platform.credit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InstallmentScheduleTest {

    @ParameterizedTest
    @CsvSource({
        "60001, 3, 0.025",
        "60001, 6, 0.045",
        "60001, 12, 0.08",
        "99999, 12, 0.08",
        "30000, 3, 0.025",
        "123457, 6, 0.045"
    })
    void periods_add_up_exactly_to_the_principal_and_the_fee_rounded_half_up_once(
            long principal, int periods, String rate) {
        InstallmentSchedule plan =
                InstallmentSchedule.of(principal, periods, new BigDecimal(rate), LocalDate.of(2026, 11, 25), 1, 10);

        long fee = new BigDecimal(rate)
                .multiply(BigDecimal.valueOf(principal))
                .setScale(0, java.math.RoundingMode.HALF_UP)
                .longValueExact();
        assertThat(plan.lines()).hasSize(periods);
        assertThat(plan.feeFen()).isEqualTo(fee);
        assertThat(plan.lines().stream()
                        .mapToLong(InstallmentSchedule.Period::principalFen)
                        .sum())
                .isEqualTo(principal);
        assertThat(plan.lines().stream()
                        .mapToLong(InstallmentSchedule.Period::feeFen)
                        .sum())
                .isEqualTo(fee);
        // the remainder sits on the first period; the others are equal
        assertThat(plan.lines().stream()
                        .skip(1)
                        .map(InstallmentSchedule.Period::principalFen)
                        .distinct())
                .hasSizeLessThanOrEqualTo(1);
        assertThat(plan.lines().getFirst().principalFen())
                .isGreaterThanOrEqualTo(plan.lines().getLast().principalFen());
    }

    @ParameterizedTest
    @CsvSource({
        "2026-11-25, 2026-12-01, 2026-12-10",
        "2026-11-01, 2026-12-01, 2026-12-10",
        "2026-12-31, 2027-01-01, 2027-01-10"
    })
    void each_period_falls_into_the_bill_of_its_month_and_is_due_on_its_due_day(
            LocalDate purchase, LocalDate firstStatement, LocalDate firstDue) {
        InstallmentSchedule plan = InstallmentSchedule.of(60_000, 12, new BigDecimal("0.08"), purchase, 1, 10);

        assertThat(plan.lines().getFirst().statementDate()).isEqualTo(firstStatement);
        assertThat(plan.lines().getFirst().dueDate()).isEqualTo(firstDue);
        assertThat(plan.lines().getLast().statementDate()).isEqualTo(firstStatement.plusMonths(11));
    }

    @ParameterizedTest
    @CsvSource({"1", "2", "99"})
    void pay_later_in_one_period_has_no_fee(long principal) {
        InstallmentSchedule plan =
                InstallmentSchedule.of(principal, 1, BigDecimal.ZERO, LocalDate.of(2026, 11, 25), 1, 10);

        assertThat(plan.feeFen()).isZero();
        assertThat(plan.lines())
                .singleElement()
                .satisfies(p -> assertThat(p.totalFen()).isEqualTo(principal));
    }
}
