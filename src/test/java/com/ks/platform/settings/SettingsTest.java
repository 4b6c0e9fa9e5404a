package com.ks.platform.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ks.platform.KsIntegrationTest;
import com.ks.platform.shared.AuditTrail;
import com.ks.platform.shared.RuleViolated;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Administrators change the platform configuration: ranges, the optimistic check, the history and the audit trail. */
class SettingsTest extends KsIntegrationTest {

    private static final String WEIGHT = "risk.weight.REGION_MISMATCH";

    @Autowired
    Settings settings;

    @Autowired
    AuditTrail audit;

    @Test
    void a_change_is_read_at_once_recorded_in_the_history_and_audited() {
        actAs("admin@ks.demo");
        SettingSummary before = summary(WEIGHT);
        BigDecimal next = before.current().add(BigDecimal.ONE);
        try {
            settings.change(WEIGHT, next, before.revision(), "地域误报过多，调高观察");

            assertThat(settings.valueOr(WEIGHT, BigDecimal.ZERO)).isEqualByComparingTo(next);
            SettingSummary after = summary(WEIGHT);
            assertThat(after.current()).isEqualByComparingTo(next);
            assertThat(after.changed()).isTrue();
            assertThat(after.revision()).isEqualTo(before.revision() + 1);
            SettingChange latest = settings.changes(0, 1).getFirst();
            assertThat(latest.key()).isEqualTo(WEIGHT);
            assertThat(latest.newValue()).isEqualByComparingTo(next);
            assertThat(latest.reason()).isEqualTo("地域误报过多，调高观察");
            assertThat(latest.changedBy()).isNotBlank();
            assertThat(audit.historyOf("setting", WEIGHT))
                    .anySatisfy(e -> assertThat(e.action()).isEqualTo("settings.changed"));
        } finally {
            actAs("admin@ks.demo");
            settings.change(WEIGHT, before.current(), summary(WEIGHT).revision(), "测试结束，恢复原值");
        }
    }

    @Test
    void a_second_administrator_working_from_the_same_page_is_told_someone_changed_it_first() {
        actAs("admin@ks.demo");
        SettingSummary seen = summary(WEIGHT);
        try {
            settings.change(WEIGHT, seen.current().add(BigDecimal.TWO), seen.revision(), "第一位管理员");
            int changes = settings.countChanges();

            assertThatThrownBy(() -> settings.change(WEIGHT, BigDecimal.TEN, seen.revision(), "第二位管理员"))
                    .isInstanceOf(RuleViolated.class)
                    .hasMessage("settings.error.stale");
            assertThat(summary(WEIGHT).current())
                    .isEqualByComparingTo(seen.current().add(BigDecimal.TWO));
            assertThat(settings.countChanges()).isEqualTo(changes);
        } finally {
            settings.change(WEIGHT, seen.current(), summary(WEIGHT).revision(), "测试结束，恢复原值");
        }
    }

    @Test
    void values_out_of_range_or_without_a_reason_or_not_fitting_together_are_refused_and_nothing_is_written() {
        actAs("admin@ks.demo");
        int changes = settings.countChanges();
        SettingSummary challenge = summary("risk.challenge-at");
        List<Runnable> refused = List.of(
                () -> settings.change("ordering.payment-timeout-minutes", BigDecimal.valueOf(4), 0, "太短"),
                () -> settings.change("ordering.payment-timeout-minutes", BigDecimal.valueOf(1441), 0, "太长"),
                () -> settings.change("ordering.payment-timeout-minutes", new BigDecimal("30.5"), 0, "非整数"),
                // 50 % is the most commission the platform may take
                () -> settings.change("payment.commission-default", new BigDecimal("0.5001"), 0, "过高"),
                () -> settings.change("payment.commission-default", new BigDecimal("-0.01"), 0, "负数"),
                () -> settings.change(WEIGHT, BigDecimal.ONE, 0, "   "),
                () -> settings.change(WEIGHT, null, 0, "空值"),
                // a block score at or under the challenge score would never challenge anyone
                () -> settings.change("risk.block-at", challenge.current(), 0, "与验证分数相同"),
                () -> settings.change("credit.tier-limit.100", BigDecimal.ONE, 0, "高档低于低档"));

        for (Runnable change : refused) {
            assertThatThrownBy(change::run).isInstanceOf(RuleViolated.class);
        }
        assertThatThrownBy(() -> settings.change("no.such.setting", BigDecimal.ONE, 0, "不存在"))
                .hasMessage("settings.error.unknown");
        assertThat(settings.countChanges()).isEqualTo(changes);
        assertThat(summary("ordering.payment-timeout-minutes").current()).isEqualByComparingTo("30");
        assertThat(summary("payment.commission-default").current()).isEqualByComparingTo("0.05");
    }

    @Test
    void shoppers_merchants_and_staff_can_neither_read_nor_change_the_settings() {
        for (String email : List.of("shopper@ks.demo", "merchant@ks.demo", "agent@ks.demo", "compliance@ks.demo")) {
            actAs(email);
            assertThatThrownBy(() -> settings.list()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> settings.changes(0, 10)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> settings.change(WEIGHT, BigDecimal.ONE, 0, "越权"))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    private SettingSummary summary(String key) {
        return settings.list().stream()
                .filter(s -> s.definition().key().equals(key))
                .findFirst()
                .orElseThrow();
    }
}
