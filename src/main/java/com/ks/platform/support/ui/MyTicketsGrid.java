package com.ks.platform.support.ui;

import com.ks.platform.support.TicketQueries;
import com.ks.platform.support.TicketSummary;
import com.ks.platform.ui.Formats;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.provider.DataProvider;
import java.util.UUID;
import java.util.function.Function;

/** The requester's tickets, the latest activity first, each opening its page. */
class MyTicketsGrid extends Grid<TicketSummary> {

    MyTicketsGrid(TicketQueries queries, int total, Function<UUID, String> route) {
        addClassName("ks-support-my-tickets");
        addColumn(TicketSummary::ticketNo)
                .setHeader(getTranslation("support.list.number"))
                .setAutoWidth(true);
        addColumn(TicketSummary::title)
                .setHeader(getTranslation("support.list.title"))
                .setFlexGrow(2)
                .setTooltipGenerator(TicketSummary::title);
        addColumn(t -> getTranslation(t.type().labelKey()))
                .setHeader(getTranslation("support.list.type"))
                .setAutoWidth(true);
        addColumn(t -> getTranslation(t.status().labelKey()))
                .setHeader(getTranslation("support.list.status"))
                .setAutoWidth(true);
        addColumn(t -> Formats.dateTime(t.updatedAt(), getLocale()))
                .setHeader(getTranslation("support.list.updated"))
                .setAutoWidth(true);
        setItems(DataProvider.fromCallbacks(
                query -> queries.myTickets(query.getOffset(), query.getLimit()).stream(), query -> total));
        addItemClickListener(click ->
                getUI().ifPresent(ui -> ui.navigate(route.apply(click.getItem().id()))));
    }
}
