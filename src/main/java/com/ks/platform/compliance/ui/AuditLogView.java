package com.ks.platform.compliance.ui;

import com.ks.platform.compliance.AuditLogService;
import com.ks.platform.identity.Roles;
import com.ks.platform.shared.AuditChainCheck;
import com.ks.platform.shared.AuditEntry;
import com.ks.platform.shared.AuditQuery;
import com.ks.platform.shared.BusinessTime;
import com.ks.platform.shared.DomainException;
import com.ks.platform.ui.DatePickers;
import com.ks.platform.ui.Formats;
import com.ks.platform.ui.ListPages;
import com.ks.platform.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/**
 * The platform's audit trail for officers: search by actor, action, object and period (paged by the database), check
 * the hash chain, and export the searched period as CSV.
 */
@Route(ComplianceRoutes.AUDIT_LOG)
@Menu(title = "nav.compliance.auditLog", order = 3, icon = "vaadin:records")
@RolesAllowed(Roles.COMPLIANCE_OFFICER)
public class AuditLogView extends VerticalLayout implements HasDynamicTitle {

    private final AuditLogService auditLog;
    private final TextField actor = field("auditLog.actor");
    private final TextField action = field("auditLog.action");
    private final TextField objectType = field("auditLog.objectType");
    private final TextField objectId = field("auditLog.objectId");
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Span chainState = new Span();
    private final Paragraph lastVerification = new Paragraph();
    private final ConfigurableFilterDataProvider<AuditEntry, Void, AuditQuery> rows;

    public AuditLogView(AuditLogService auditLog) {
        this.auditLog = auditLog;
        setPadding(false);
        from.setLabel(getTranslation("auditLog.from"));
        to.setLabel(getTranslation("auditLog.to"));
        DatePickers.localized(from, getLocale());
        DatePickers.localized(to, getLocale());
        from.addValueChangeListener(change -> refilter());
        to.addValueChangeListener(change -> refilter());
        Button verify = new Button(getTranslation("auditLog.verify"), click -> verify());
        Anchor export = new Anchor(csv(), getTranslation("auditLog.export"));
        export.addClassName("ks-button-link");
        HorizontalLayout filters = new HorizontalLayout(actor, action, objectType, objectId, from, to);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        HorizontalLayout tools = new HorizontalLayout(verify, export, chainState);
        tools.setAlignItems(FlexComponent.Alignment.CENTER);

        Grid<AuditEntry> grid = new Grid<>();
        grid.addColumn(e -> Formats.dateTime(e.occurredAt(), getLocale()))
                .setHeader(getTranslation("auditLog.time"))
                .setAutoWidth(true);
        grid.addColumn(AuditEntry::actorLabel)
                .setHeader(getTranslation("auditLog.actor"))
                .setAutoWidth(true);
        grid.addColumn(e -> actionLabel(e.action()))
                .setHeader(getTranslation("auditLog.action"))
                .setAutoWidth(true);
        grid.addColumn(e -> e.objectType() + " " + e.objectId())
                .setHeader(getTranslation("auditLog.object"))
                .setAutoWidth(true);
        grid.addColumn(e -> e.reason() == null ? "" : e.reason())
                .setHeader(getTranslation("auditLog.reason"))
                .setFlexGrow(1);
        grid.setEmptyStateText(getTranslation("auditLog.empty"));
        rows = DataProvider.<AuditEntry, AuditQuery>fromFilteringCallbacks(
                        query -> auditLog
                                .search(query.getFilter().orElse(AuditQuery.all()), query.getOffset(), query.getLimit())
                                .stream(),
                        query -> auditLog.count(query.getFilter().orElse(AuditQuery.all())))
                .withConfigurableFilter();
        grid.setItems(rows);
        showLastVerification();
        add(new H2(getTranslation("auditLog.title")), filters, tools, lastVerification, grid);
        ListPages.fill(this, grid);
    }

    private TextField field(String key) {
        TextField field = new TextField(getTranslation(key));
        field.setClearButtonVisible(true);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.addValueChangeListener(change -> refilter());
        return field;
    }

    AuditQuery query() {
        return new AuditQuery(
                actor.getValue(),
                action.getValue(),
                objectType.getValue(),
                objectId.getValue(),
                from.getValue() == null ? null : BusinessTime.startOf(from.getValue()),
                to.getValue() == null
                        ? null
                        : BusinessTime.startOf(to.getValue().plusDays(1)));
    }

    private void refilter() {
        if (rows != null) {
            rows.setFilter(query());
        }
    }

    private void verify() {
        AuditChainCheck check = auditLog.verify();
        chainState.setText(
                check.intact()
                        ? getTranslation("auditLog.intact", check.entriesChecked())
                        : getTranslation("auditLog.broken", check.brokenAt(), check.problem()));
        chainState.setClassName("ks-status ks-status-" + (check.intact() ? "ok" : "bad"));
        showLastVerification();
    }

    private void showLastVerification() {
        lastVerification.setText(auditLog.lastVerification()
                .map(e -> e.action().equals("audit.verified")
                        ? getTranslation(
                                "auditLog.lastVerified",
                                Formats.dateTime(e.occurredAt(), getLocale()),
                                e.actorLabel(),
                                e.details().substring(e.details().indexOf('=') + 1))
                        : getTranslation(
                                "auditLog.lastBroken",
                                Formats.dateTime(e.occurredAt(), getLocale()),
                                e.actorLabel(),
                                e.reason()))
                .orElse(getTranslation("auditLog.neverVerified")));
    }

    /** The action in words; an action no bundle names yet shows its code rather than a broken key. */
    private String actionLabel(String code) {
        String label = getTranslation("audit.action." + code);
        return label.startsWith("!") ? code : label;
    }

    private DownloadHandler csv() {
        return DownloadHandler.fromInputStream(event -> {
            try {
                byte[] bytes = auditLog.exportCsv(query()).getBytes(StandardCharsets.UTF_8);
                return new DownloadResponse(
                        new ByteArrayInputStream(bytes), "audit-log.csv", "text/csv;charset=UTF-8", bytes.length);
            } catch (DomainException refused) {
                event.getUI().access(() -> Notices.error(refused));
                return DownloadResponse.error(400);
            }
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("auditLog.title");
    }
}
