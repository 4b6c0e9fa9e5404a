package com.ks.platform.backup;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ks.platform.KaribuTest;
import com.ks.platform.TestStaff;
import com.ks.platform.backup.ui.BackupsView;
import com.vaadin.flow.component.html.Div;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

/**
 * Seed 4.1.1, "regular backups and restore tests": back up, destroy, restore, and compare every table's row count and
 * checksum and the stored files — on the database of the run (H2 by default, PostgreSQL when KS_DB_URL points there).
 */
class BackupDrillTest extends KaribuTest {

    @Autowired
    BackupEngine engine;

    @Autowired
    Backups backups;

    @Autowired
    BackupSettings settings;

    @Autowired
    DataSource dataSource;

    @Autowired
    ApplicationContext context;

    @TempDir
    Path files;

    @Test
    void a_destroyed_database_and_file_folder_come_back_from_a_backup_with_every_table_and_file_as_before()
            throws Exception {
        // "the database" of this drill is a scratch copy of the run's (demo data and all), so destroying it hurts no
        // test
        DatabaseDumps dumps = DatabaseDumps.forAddress(engine.live().database(), settings);
        String seed = engine.backUp().id();
        DatabaseAddress scratch = dumps.createScratch(engine.live().database(), "ks_drill_test_" + suffix());
        try {
            BackupSite site = new BackupSite(scratch, files);
            assertThat(engine.restore(site, seed))
                    .as("the seed restores exactly")
                    .isEmpty();
            Files.createDirectories(files.resolve("product-images/2026"));
            Files.write(files.resolve("product-images/2026/手机壳.jpg"), new byte[] {1, 2, 3, 4});
            Files.writeString(files.resolve("qualification.pdf"), "%PDF-1.7 营业执照");
            Fingerprint before = fingerprint(scratch);
            assertThat(before.tables()).containsKey("identity_account");
            assertThat(before.tables().get("identity_account").rows()).isPositive();

            String backup = engine.backUp(site).id();
            dumps.destroy(scratch);
            FileArchive.clear(files);
            assertThat(fingerprint(scratch).tables()).as("destroyed").isEmpty();
            assertThat(Files.list(files)).isEmpty();

            List<String> differences = engine.restore(site, backup);

            assertThat(differences).isEmpty();
            assertThat(fingerprint(scratch)).isEqualTo(before);
            assertThat(Files.readAllBytes(files.resolve("product-images/2026/手机壳.jpg")))
                    .containsExactly(1, 2, 3, 4);
            assertThat(Files.readString(files.resolve("qualification.pdf"))).isEqualTo("%PDF-1.7 营业执照");
        } finally {
            dumps.dropScratch(engine.live().database(), scratch);
        }
    }

    @Test
    void an_administrator_backs_up_runs_the_drill_and_sees_that_it_passed() {
        signInAs("admin@ks.demo");
        BackupSummary backup = backups.backUpNow();

        DrillResult drill = backups.drillNow();

        assertThat(drill.passed())
                .as("%s %s", drill.differences(), drill.failure())
                .isTrue();
        assertThat(drill.backupId()).isEqualTo(backup.id());
        assertThat(drill.tablesCompared()).isEqualTo(backup.tables()).isGreaterThan(50);
        navigate("admin/backups");
        _get(BackupsView.class);
        assertThat(_get(Div.class, spec -> spec.withId("last-drill"))
                        .getElement()
                        .getTextRecursively())
                .contains("通过");
    }

    @Test
    void a_changed_row_after_the_backup_is_reported_by_name_when_compared() throws Exception {
        DatabaseDumps dumps = DatabaseDumps.forAddress(engine.live().database(), settings);
        String seed = engine.backUp().id();
        DatabaseAddress scratch = dumps.createScratch(engine.live().database(), "ks_drill_test_" + suffix());
        try {
            BackupSite site = new BackupSite(scratch, null);
            engine.restore(site, seed);
            try (Connection connection = scratch.open()) {
                connection.createStatement().executeUpdate("update identity_account set display_name = 'x'");
            }
            // a restore compares what it restored; comparing the changed copy with the manifest names the table
            var manifest = new java.util.Properties();
            try (var in =
                    Files.newInputStream(settings.directory().resolve(seed).resolve("manifest.properties"))) {
                manifest.load(in);
            }
            assertThat(Fingerprint.readFrom(manifest).differencesFrom(fingerprint(scratch)))
                    .containsExactly("identity_account");
        } finally {
            dumps.dropScratch(engine.live().database(), scratch);
        }
    }

    @Test
    void retention_keeps_the_newest_copies_and_none_older_than_the_period_but_always_the_newest(@TempDir Path folder)
            throws Exception {
        Instant now = Instant.parse("2026-12-04T10:00:00Z");
        for (int daysAgo : new int[] {0, 1, 2, 3, 20}) {
            Path backup = Files.createDirectories(folder.resolve("backup-" + daysAgo + "-days-ago-x"));
            Files.writeString(
                    backup.resolve("manifest.properties"),
                    "created=" + now.minus(Duration.ofDays(daysAgo)) + "\nengine=h2\ndatabase=database.sql.gz\n");
        }
        var engineKeepingThree = new BackupEngine(
                dataSource,
                new BackupSettings(folder, false, null, 3, Duration.ofDays(14), true, null, null),
                Clock.fixed(now, ZoneOffset.UTC),
                "jdbc:h2:mem:unused",
                "sa",
                "",
                "s3",
                "unused");

        engineKeepingThree.applyRetention();

        assertThat(engineKeepingThree.list())
                .extracting(BackupSummary::id)
                .containsExactly("backup-0-days-ago-x", "backup-1-days-ago-x", "backup-2-days-ago-x");
    }

    @Test
    void people_who_are_not_administrators_cannot_list_make_or_drill_backups() {
        TestStaff staff = new TestStaff(context, this::actAs);
        actAs(staff.shopper("backup"));

        assertThatThrownBy(() -> backups.list()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> backups.backUpNow()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> backups.drillNow()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> backups.lastDrill()).isInstanceOf(AccessDeniedException.class);
    }

    private static Fingerprint fingerprint(DatabaseAddress database) throws Exception {
        try (Connection connection = database.open()) {
            return Fingerprint.of(connection);
        }
    }

    private static String suffix() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }
}
