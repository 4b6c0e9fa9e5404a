package com.ks.platform.settings;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.ks.platform.KaribuTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 平台设置 as an administrator sees it: groups, a change with a reason, a refusal that writes nothing, the history. */
class SettingsViewTest extends KaribuTest {

    private static final String WEIGHT = "risk.weight.VELOCITY_IP";

    @Autowired
    Settings settings;

    @Test
    void an_administrator_changes_a_risk_weight_with_a_reason_and_sees_it_in_the_history() {
        signInAs("admin@ks.demo");
        SettingSummary before = summary();
        try {
            navigate("admin/settings");
            assertThat(_find(H3.class).stream().map(H3::getText)).contains("佣金率", "订单", "先用后付（平台信用）", "支付风控", "修改记录");

            openChangeDialog();
            _setValue(_get(BigDecimalField.class), BigDecimal.valueOf(35));
            _setValue(_get(TextArea.class), "同一 IP 误报较多");
            _click(_get(Button.class, spec -> spec.withText("保存")));

            assertThat(notifications()).contains("设置已修改，即刻生效");
            assertThat(summary().current()).isEqualByComparingTo("35");
            @SuppressWarnings("unchecked")
            Grid<SettingChange> history = _get(Grid.class, spec -> spec.withId("settings-history"));
            SettingChange latest = GridKt._get(history, 0);
            assertThat(latest.key()).isEqualTo(WEIGHT);
            assertThat(latest.reason()).isEqualTo("同一 IP 误报较多");
        } finally {
            actAs("admin@ks.demo");
            settings.change(WEIGHT, before.current(), summary().revision(), "测试结束，恢复原值");
        }
    }

    @Test
    void a_weight_above_the_range_is_refused_with_the_range_and_nothing_changes() {
        signInAs("admin@ks.demo");
        SettingSummary before = summary();
        int changes = settings.countChanges();
        navigate("admin/settings");

        openChangeDialog();
        _setValue(_get(BigDecimalField.class), BigDecimal.valueOf(150));
        _setValue(_get(TextArea.class), "试试看");
        _click(_get(Button.class, spec -> spec.withText("保存")));

        assertThat(notifications()).contains("数值须在 0 至 100 之间");
        assertThat(summary().current()).isEqualByComparingTo(before.current());
        assertThat(settings.countChanges()).isEqualTo(changes);
    }

    @SuppressWarnings("unchecked")
    private void openChangeDialog() {
        for (Grid<?> grid : _find(Grid.class)) {
            Grid<Object> rows = (Grid<Object>) grid;
            for (int row = 0; row < GridKt._size(rows); row++) {
                if (GridKt._get(rows, row) instanceof SettingSummary s
                        && s.definition().key().equals(WEIGHT)) {
                    _click((Button) GridKt._getCellComponent(rows, row, "change"));
                    return;
                }
            }
        }
        throw new AssertionError("no row for " + WEIGHT);
    }

    private SettingSummary summary() {
        return settings.list().stream()
                .filter(s -> s.definition().key().equals(WEIGHT))
                .findFirst()
                .orElseThrow();
    }

    private static List<String> notifications() {
        return NotificationsKt.getNotifications().stream()
                .map(Notification::getElement)
                .map(e -> e.getProperty("text", ""))
                .toList();
    }
}
