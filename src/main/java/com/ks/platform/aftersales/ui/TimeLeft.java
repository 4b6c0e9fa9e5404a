package com.ks.platform.aftersales.ui;

import com.ks.platform.ui.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/** A deadline as the time left ("剩 1 天 3 小时"), coloured: overdue red, under a day amber, otherwise calm. */
final class TimeLeft {

    private static final Duration SOON = Duration.ofDays(1);

    private TimeLeft() {}

    static Span of(Component in, Instant deadline, Instant now) {
        Span span = new Span();
        if (deadline == null) {
            span.setText("—");
            return span;
        }
        Duration left = Duration.between(now, deadline);
        UI ui = UI.getCurrent();
        span.setTitle(Formats.dateTime(deadline, ui == null ? Locale.getDefault() : ui.getLocale()));
        if (left.isNegative() || left.isZero()) {
            span.setText(in.getTranslation("aftersales.timeLeft.overdue"));
            span.addClassName("ks-deadline-overdue");
        } else {
            span.setText(in.getTranslation(
                    "aftersales.timeLeft", left.toDays(), left.toHoursPart(), Math.max(1, left.toMinutesPart())));
            span.addClassName(left.compareTo(SOON) < 0 ? "ks-deadline-soon" : "ks-deadline-ok");
        }
        return span;
    }
}
