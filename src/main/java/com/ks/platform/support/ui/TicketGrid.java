package com.ks.platform.support.ui;

import com.ks.platform.support.SupportRoutes;
import com.ks.platform.support.TicketSummary;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import java.time.Clock;
import java.util.function.Function;

/** Queue rows, the most pressing SLA first (the queries sort): countdown, urgency, ticket, requester, where it sits. */
class TicketGrid extends Grid<TicketSummary> {

    TicketGrid(Clock clock) {
        addComponentColumn(t -> SlaCountdown.of(this, t.status(), t.slaDue(), clock.instant()))
                .setKey("sla")
                .setHeader(getTranslation("desk.queue.sla"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        addComponentColumn(t -> badge(
                        "ks-urgency-" + t.urgency().name().toLowerCase(java.util.Locale.ROOT),
                        getTranslation(t.urgency().labelKey())))
                .setHeader(getTranslation("desk.queue.urgency"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(TicketSummary::ticketNo)
                .setHeader(getTranslation("desk.queue.ticketNo"))
                .setAutoWidth(true);
        addColumn(t -> getTranslation(t.type().labelKey()))
                .setHeader(getTranslation("desk.queue.type"))
                .setAutoWidth(true);
        addColumn(TicketSummary::title)
                .setHeader(getTranslation("desk.queue.title"))
                .setFlexGrow(3)
                .setTooltipGenerator(TicketSummary::title);
        addColumn(TicketSummary::requesterName).setHeader(getTranslation("desk.queue.requester"));
        addColumn(t -> text(TicketSummary::teamName).apply(t)).setHeader(getTranslation("desk.queue.team"));
        addColumn(t -> t.assigneeName() == null ? getTranslation("desk.queue.unassigned") : t.assigneeName())
                .setHeader(getTranslation("desk.queue.assignee"));
        addColumn(t -> getTranslation(t.status().labelKey()))
                .setHeader(getTranslation("desk.queue.status"))
                .setAutoWidth(true);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        setSizeFull();
        addItemClickListener(click -> getUI().ifPresent(ui ->
                ui.navigate(SupportRoutes.workbenchTicket(click.getItem().id()))));
    }

    /** Team names are translation keys when the lead kept the built-in ones. */
    private Function<TicketSummary, String> text(Function<TicketSummary, String> name) {
        return t -> {
            String value = name.apply(t);
            return value != null && value.startsWith("support.") ? getTranslation(value) : value;
        };
    }

    private static Span badge(String className, String text) {
        Span badge = new Span(text);
        badge.addClassNames("ks-badge", className);
        return badge;
    }
}
