package com.ks.platform.backup.ui;

import com.ks.platform.backup.BackupRoutes;
import com.ks.platform.backup.BackupSummary;
import com.ks.platform.backup.Backups;
import com.ks.platform.backup.DrillResult;
import com.ks.platform.identity.Roles;
import com.ks.platform.shared.DomainException;
import com.ks.platform.ui.Formats;
import com.ks.platform.ui.KpiCard;
import com.ks.platform.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;

/**
 * 备份: the backups on disk (newest first), a backup now, and the restore drill — the newest backup restored into a
 * scratch database and compared table by table — with the last drill's result.
 */
@Route(BackupRoutes.BACKUPS)
@Menu(title = "nav.admin.backups", order = 40, icon = "vaadin:database")
@RolesAllowed(Roles.ADMIN)
public class BackupsView extends VerticalLayout implements HasDynamicTitle {

    private final Backups backups;
    private final Grid<BackupSummary> grid = new Grid<>();
    private final Div drill = new Div();

    public BackupsView(Backups backups) {
        this.backups = backups;
        setPadding(false);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(b -> Formats.dateTime(b.createdAt(), getLocale()))
                .setHeader(getTranslation("backup.created"))
                .setAutoWidth(true);
        grid.addColumn(b -> b.engine().equals("postgresql") ? "PostgreSQL" : "H2")
                .setHeader(getTranslation("backup.engine"))
                .setAutoWidth(true);
        grid.addColumn(b -> Formats.number(b.tables(), getLocale())).setHeader(getTranslation("backup.tables"));
        grid.addColumn(b -> Formats.number(b.rows(), getLocale())).setHeader(getTranslation("backup.rows"));
        grid.addColumn(b -> Formats.number(b.files(), getLocale())).setHeader(getTranslation("backup.files"));
        grid.addColumn(b ->
                        getTranslation("backup.size", Formats.number(Math.max(1, b.sizeBytes() / 1024), getLocale())))
                .setHeader(getTranslation("backup.sizeHeader"));
        grid.setAllRowsVisible(true);

        Button backUp = new Button(
                getTranslation("backup.now"),
                click -> act(() -> {
                    backups.backUpNow();
                    Notices.success("backup.now.done");
                }));
        backUp.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button runDrill = new Button(
                getTranslation("backup.drill.now"),
                click -> act(() -> {
                    DrillResult result = backups.drillNow();
                    if (result.passed()) {
                        Notices.success("backup.drill.passed");
                    } else {
                        Notices.error("backup.drill.failed");
                    }
                }));
        Paragraph restoreHint = new Paragraph(getTranslation("backup.restoreHint"));
        restoreHint.addClassName("ks-muted");
        drill.setId("last-drill");
        add(
                new H2(getTranslation("nav.admin.backups")),
                new HorizontalLayout(backUp, runDrill),
                new H3(getTranslation("backup.drill.title")),
                drill,
                new H3(getTranslation("backup.list")),
                grid,
                restoreHint);
        refresh();
    }

    private void act(Runnable command) {
        try {
            command.run();
        } catch (DomainException refused) {
            Notices.error(refused);
        }
        refresh();
    }

    private void refresh() {
        grid.setItems(backups.list());
        drill.removeAll();
        Optional<DrillResult> last = backups.lastDrill();
        if (last.isEmpty()) {
            drill.add(new Paragraph(getTranslation("backup.drill.never")));
            return;
        }
        DrillResult result = last.get();
        String verdict = result.passed()
                ? getTranslation("backup.drill.verdict.passed")
                : getTranslation("backup.drill.verdict.failed");
        drill.add(KpiCard.row(
                new KpiCard(getTranslation("backup.drill.verdict"), verdict),
                new KpiCard(getTranslation("backup.drill.ranAt"), Formats.dateTime(result.ranAt(), getLocale())),
                new KpiCard(getTranslation("backup.tables"), Formats.number(result.tablesCompared(), getLocale())),
                new KpiCard(getTranslation("backup.rows"), Formats.number(result.rowsCompared(), getLocale()))));
        if (!result.passed()) {
            String detail = result.failure() != null
                    ? result.failure()
                    : getTranslation("backup.drill.differences", String.join(", ", result.differences()));
            Paragraph why = new Paragraph(detail);
            why.addClassName("ks-error");
            drill.add(why);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.backups");
    }
}
