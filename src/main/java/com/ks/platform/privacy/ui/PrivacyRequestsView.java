package com.ks.platform.privacy.ui;

import com.ks.platform.identity.Roles;
import com.ks.platform.privacy.PrivacyRequestSummary;
import com.ks.platform.privacy.PrivacyRequests;
import com.ks.platform.privacy.PrivacyRoutes;
import com.ks.platform.shared.BusinessTime;
import com.ks.platform.ui.Formats;
import com.ks.platform.ui.ListPages;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;

/** The officers' queue of privacy requests: open ones first by their legal deadline, overdue ones marked; paged. */
@Route(PrivacyRoutes.REQUESTS)
@Menu(title = "nav.compliance.privacyRequests", order = 4, icon = "vaadin:user-check")
@RolesAllowed(Roles.COMPLIANCE_OFFICER)
public class PrivacyRequestsView extends VerticalLayout implements HasDynamicTitle {

    public PrivacyRequestsView(PrivacyRequests requests, Clock clock) {
        setPadding(false);
        LocalDate today = BusinessTime.dayOf(clock.instant());
        Checkbox openOnly = new Checkbox(getTranslation("pipl.queue.openOnly"), true);
        Grid<PrivacyRequestSummary> grid = new Grid<>();
        grid.addComponentColumn(r -> new Anchor(PrivacyRoutes.request(r.id()), r.requestNo()))
                .setHeader(getTranslation("pipl.queue.number"))
                .setAutoWidth(true);
        grid.addColumn(r -> getTranslation("pipl.request.kind." + r.kind().name()))
                .setHeader(getTranslation("pipl.request.kind"))
                .setAutoWidth(true);
        grid.addColumn(r -> Formats.dateTime(r.receivedAt(), getLocale()))
                .setHeader(getTranslation("pipl.queue.received"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.dueOn().toString())
                .setHeader(getTranslation("pipl.queue.due"))
                .setAutoWidth(true);
        grid.addComponentColumn(r -> status(r, today)).setHeader(getTranslation("pipl.queue.status"));
        grid.addColumn(PrivacyRequestSummary::body)
                .setHeader(getTranslation("pipl.request.body"))
                .setFlexGrow(3);
        grid.setId("privacy-requests");
        ConfigurableFilterDataProvider<PrivacyRequestSummary, Void, Boolean> rows =
                DataProvider.<PrivacyRequestSummary, Boolean>fromFilteringCallbacks(
                                query ->
                                        requests
                                                .queue(
                                                        query.getFilter().orElse(true),
                                                        query.getOffset(),
                                                        query.getLimit())
                                                .stream(),
                                query -> requests.count(query.getFilter().orElse(true)))
                        .withConfigurableFilter();
        rows.setFilter(true);
        grid.setItems(rows);
        openOnly.addValueChangeListener(change -> rows.setFilter(change.getValue()));
        add(new H2(getTranslation("pipl.queue.title")), openOnly, grid);
        ListPages.fill(this, grid);
    }

    private Span status(PrivacyRequestSummary request, LocalDate today) {
        String key = request.resolved()
                ? "pipl.request.resolved"
                : request.overdueOn(today) ? "pipl.queue.overdue" : "pipl.request.open";
        Span status = new Span(getTranslation(key));
        status.addClassNames(
                "ks-status",
                request.resolved() ? "ks-status-ok" : request.overdueOn(today) ? "ks-status-bad" : "ks-status-pending");
        return status;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("pipl.queue.title");
    }
}
