package com.ks.platform.ordering.ui;

import com.ks.platform.ordering.OrderDetails;
import com.ks.platform.ordering.OrderStatus;
import com.ks.platform.ui.Formats;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The order's steps — placed, paid, shipped, delivered, completed (or cancelled) — each with the time it was reached;
 * steps still ahead are shown dimmed.
 */
class OrderTimeline extends Div {

    private static final List<OrderStatus> HAPPY_PATH = List.of(
            OrderStatus.PENDING_PAYMENT,
            OrderStatus.PAID,
            OrderStatus.SHIPPED,
            OrderStatus.DELIVERED,
            OrderStatus.COMPLETED);

    OrderTimeline(OrderDetails order) {
        addClassNames("ks-card", "ks-order-timeline");
        getElement().setAttribute("aria-label", getTranslation("order.timeline"));
        Map<OrderStatus, Instant> reached = new EnumMap<>(OrderStatus.class);
        Map<OrderStatus, String> reasons = new EnumMap<>(OrderStatus.class);
        for (OrderDetails.Event event : order.timeline()) {
            reached.put(event.to(), event.occurredAt());
            if (event.reason() != null) {
                reasons.put(event.to(), event.reason());
            }
        }
        List<OrderStatus> steps = order.status() == OrderStatus.CANCELLED
                ? order.timeline().stream()
                        .map(OrderDetails.Event::to)
                        .distinct()
                        .toList()
                : HAPPY_PATH;
        for (OrderStatus step : steps) {
            Instant at = reached.get(step);
            Span name = new Span(getTranslation("order.step." + step.name()));
            name.addClassName("ks-order-step-name");
            Span time = new Span(at == null ? "" : Formats.dateTime(at, getLocale()));
            time.addClassNames("ks-muted", "ks-tabular");
            Div item = new Div(new Span(), name, time);
            item.addClassName("ks-order-step");
            item.addClassName(at == null ? "ks-order-step-ahead" : "ks-order-step-done");
            if (step == OrderStatus.CANCELLED && reasons.containsKey(step)) {
                Span why = new Span(reasonText(reasons.get(step)));
                why.addClassName("ks-muted");
                item.add(why);
            }
            add(item);
        }
    }

    private String reasonText(String reason) {
        String key = "order.cancelReason." + reason;
        String text = getTranslation(key);
        return text.equals(key) || text.startsWith("!") ? reason : text;
    }
}
