package com.ks.platform.intrusion.ui;

import com.ks.platform.identity.AccountDetails;
import com.ks.platform.identity.AccountQueries;
import com.ks.platform.identity.Roles;
import com.ks.platform.intrusion.BlockedSourceSummary;
import com.ks.platform.intrusion.IntrusionRoutes;
import com.ks.platform.intrusion.SecurityEventSummary;
import com.ks.platform.intrusion.SecurityEvents;
import com.ks.platform.ui.Formats;
import com.ks.platform.ui.ListPages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * 安全: the sources blocked right now (with 解除封禁, asking why) and every security event, newest first — what an admin
 * looks at when the message centre says a source was blocked (docs/security.md, the incident runbook's "detect").
 */
@Route(IntrusionRoutes.SECURITY)
@Menu(title = "nav.admin.security", order = 20, icon = "vaadin:shield")
@RolesAllowed(Roles.ADMIN)
public class SecurityView extends VerticalLayout implements HasDynamicTitle {

    private final SecurityEvents events;
    private final AccountQueries accounts;
    private final Grid<BlockedSourceSummary> blocks = new Grid<>();
    private final Paragraph noBlocks = new Paragraph();
    private final Grid<SecurityEventSummary> eventGrid = new Grid<>();

    public SecurityView(SecurityEvents events, AccountQueries accounts) {
        this.events = events;
        this.accounts = accounts;
        setPadding(false);
        noBlocks.setText(getTranslation("intrusion.blocks.none"));
        configureBlocks();
        configureEvents();
        add(
                new H2(getTranslation("nav.admin.security")),
                new Paragraph(getTranslation("intrusion.intro")),
                new H3(getTranslation("intrusion.blocks.title")),
                noBlocks,
                blocks,
                new H3(getTranslation("intrusion.events.title")),
                eventGrid);
        ListPages.fill(this, eventGrid);
        refreshBlocks();
    }

    private void configureBlocks() {
        blocks.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        blocks.setAllRowsVisible(true);
        blocks.addColumn(BlockedSourceSummary::source).setHeader(getTranslation("intrusion.column.source"));
        blocks.addColumn(block -> getTranslation(block.pattern().labelKey()))
                .setHeader(getTranslation("intrusion.column.pattern"));
        blocks.addColumn(block -> Formats.dateTime(block.blockedAt(), getLocale()))
                .setHeader(getTranslation("intrusion.column.blockedAt"));
        blocks.addColumn(block -> Formats.dateTime(block.blockedUntil(), getLocale()))
                .setHeader(getTranslation("intrusion.column.blockedUntil"));
        blocks.addComponentColumn(block -> {
                    Button lift = new Button(
                            getTranslation("intrusion.unblock.action"),
                            click -> new UnblockDialog(events, block, this::refreshBlocks).open());
                    lift.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
                    lift.setAriaLabel(getTranslation("intrusion.unblock.ariaLabel", block.source()));
                    return lift;
                })
                .setHeader(getTranslation("intrusion.column.action"));
    }

    private void configureEvents() {
        eventGrid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        eventGrid
                .addColumn(event -> Formats.dateTime(event.detectedAt(), getLocale()))
                .setHeader(getTranslation("intrusion.column.detectedAt"))
                .setAutoWidth(true);
        eventGrid
                .addColumn(event -> getTranslation(event.pattern().labelKey()))
                .setHeader(getTranslation("intrusion.column.pattern"))
                .setAutoWidth(true);
        eventGrid
                .addColumn(SecurityEventSummary::source)
                .setHeader(getTranslation("intrusion.column.source"))
                .setAutoWidth(true);
        eventGrid
                .addColumn(event -> Formats.number(event.signalCount(), getLocale()))
                .setHeader(getTranslation("intrusion.column.signals"));
        eventGrid.addColumn(this::accountOf).setHeader(getTranslation("intrusion.column.account"));
        eventGrid
                .addColumn(event -> event.detail() == null ? "" : event.detail())
                .setHeader(getTranslation("intrusion.column.detail"))
                .setTooltipGenerator(event -> event.detail() == null ? "" : event.detail())
                .setFlexGrow(3);
        eventGrid
                .addColumn(event -> getTranslation(event.blocked() ? "intrusion.blocked.yes" : "intrusion.blocked.no"))
                .setHeader(getTranslation("intrusion.column.blocked"));
        eventGrid.setItems(
                query -> events.events(query.getOffset(), query.getLimit()).stream(), query -> events.countEvents());
    }

    private String accountOf(SecurityEventSummary event) {
        return event.accountId() == null
                ? ""
                : accounts.forStaff(event.accountId())
                        .map(AccountDetails::displayName)
                        .orElse("—");
    }

    private void refreshBlocks() {
        var active = events.activeBlocks();
        blocks.setItems(active);
        blocks.setVisible(!active.isEmpty());
        noBlocks.setVisible(active.isEmpty());
        eventGrid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.security");
    }
}
