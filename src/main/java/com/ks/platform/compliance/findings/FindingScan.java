package com.ks.platform.compliance.findings;

import com.ks.platform.catalog.ProductSaved;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * When the scan runs: after every product save (the merchant's transaction committed), and nightly over every product
 * (ShedLock), which also catches products saved before a term joined the list.
 */
@Component
class FindingScan {

    private static final Logger log = LoggerFactory.getLogger(FindingScan.class);

    private final ProductScanner scanner;

    FindingScan(ProductScanner scanner) {
        this.scanner = scanner;
    }

    @ApplicationModuleListener
    void on(ProductSaved saved) {
        scanner.scan(saved.productId());
    }

    @Scheduled(cron = "${ks.compliance.findings.scan-cron:0 15 2 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "compliance-findings-scan", lockAtMostFor = "PT2H")
    void nightly() {
        log.info("Product scan proposed {} new finding(s)", scanner.scanAll());
    }
}
