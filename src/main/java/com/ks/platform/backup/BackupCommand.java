package com.ks.platform.backup;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The operators' command line: {@code --ks.backup.run=backup|restore|drill|list} (with
 * {@code --ks.backup.restore-from=<id>} for restore and optionally drill) does the one thing and exits with 0 on
 * success, 1 otherwise. Run it with {@code --spring.main.web-application-type=none}; restore with the app stopped
 * (docs/operations.md).
 */
@Component
@Order(10)
class BackupCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BackupCommand.class);

    private final BackupEngine engine;
    private final ConfigurableApplicationContext context;
    private final String command;
    private final String backupId;

    BackupCommand(
            BackupEngine engine,
            ConfigurableApplicationContext context,
            @Value("${ks.backup.run:}") String command,
            @Value("${ks.backup.restore-from:}") String backupId) {
        this.engine = engine;
        this.context = context;
        this.command = command;
        this.backupId = backupId;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (command.isBlank()) {
            return;
        }
        int code = execute();
        System.exit(SpringApplication.exit(context, () -> code));
    }

    int execute() {
        try {
            switch (command) {
                case "backup" -> {
                    BackupSummary backup = engine.backUp();
                    List<String> deleted = engine.applyRetention();
                    log.info(
                            "Backup {}: {} tables, {} rows, {} files; retention deleted {}",
                            backup.id(),
                            backup.tables(),
                            backup.rows(),
                            backup.files(),
                            deleted);
                    return 0;
                }
                case "restore" -> {
                    List<String> differences = engine.restore(engine.live(), required(backupId));
                    log.info("Restored {}; differences from its manifest: {}", backupId, differences);
                    return differences.isEmpty() ? 0 : 1;
                }
                case "drill" -> {
                    DrillResult drill = engine.drill(backupId.isBlank() ? newest() : backupId);
                    log.info(
                            "Restore drill of {}: {} ({} tables, {} rows; differences {}; {})",
                            drill.backupId(),
                            drill.passed() ? "PASSED" : "FAILED",
                            drill.tablesCompared(),
                            drill.rowsCompared(),
                            drill.differences(),
                            drill.failure());
                    return drill.passed() ? 0 : 1;
                }
                case "list" -> {
                    engine.list()
                            .forEach(b -> log.info(
                                    "{}  {}  {} tables  {} rows  {} files  {} bytes",
                                    b.id(),
                                    b.engine(),
                                    b.tables(),
                                    b.rows(),
                                    b.files(),
                                    b.sizeBytes()));
                    return 0;
                }
                default -> {
                    log.error("ks.backup.run must be backup, restore, drill or list, not {}", command);
                    return 1;
                }
            }
        } catch (RuntimeException failure) {
            log.error("ks.backup.run={} failed", command, failure);
            return 1;
        }
    }

    private String newest() {
        return engine.list().stream()
                .findFirst()
                .map(BackupSummary::id)
                .orElseThrow(() -> new IllegalStateException("no backup to drill"));
    }

    private static String required(String id) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException(
                    "--ks.backup.restore-from=<backup id> is needed (see --ks.backup.run=list)");
        }
        return id;
    }
}
