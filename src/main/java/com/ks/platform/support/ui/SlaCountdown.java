package com.ks.platform.support.ui;

import com.ks.platform.support.TicketStatus;
import com.ks.platform.ui.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * A ticket's SLA as the time left until it is due ("剩 1 小时 20 分"), or how long it is overdue: calm, amber within
 * the last hour, red once breached; "paused" while the ticket waits on the customer.
 */
final class SlaCountdown {

    static final Duration NEAR = Duration.ofHours(1);

    private SlaCountdown() {}

    static Span of(Component in, TicketStatus status, Instant due, Instant now) {
        Span span = new Span();
        span.addClassName("ks-sla");
        if (due == null) {
            span.setText(in.getTranslation(
                    status == TicketStatus.WAITING_ON_CUSTOMER ? "desk.sla.paused" : "desk.sla.none"));
            span.addClassName("ks-muted");
            return span;
        }
        UI ui = UI.getCurrent();
        span.setTitle(in.getTranslation(
                "desk.sla.due", Formats.dateTime(due, ui == null ? Locale.SIMPLIFIED_CHINESE : ui.getLocale())));
        Duration left = Duration.between(now, due);
        if (left.isNegative() || left.isZero()) {
            span.setText(in.getTranslation("desk.sla.overdue", text(in, left.negated())));
            span.addClassName("ks-deadline-overdue");
        } else {
            span.setText(in.getTranslation("desk.sla.left", text(in, left)));
            span.addClassName(left.compareTo(NEAR) < 0 ? "ks-deadline-soon" : "ks-deadline-ok");
        }
        return span;
    }

    private static String text(Component in, Duration d) {
        if (d.toDays() > 0) {
            return in.getTranslation("desk.duration.days", d.toDays(), d.toHoursPart());
        }
        return in.getTranslation("desk.duration.hours", d.toHours(), Math.max(1, d.toMinutesPart()));
    }
}
