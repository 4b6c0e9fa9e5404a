package com.ks.platform.compliance;

import com.ks.platform.shared.AuditEntry;
import java.util.List;
import java.util.UUID;

/** A violation with its evidence, the products it concerns and its history (every step, oldest first). */
public record ViolationDetails(
        Violation violation, List<Evidence> evidence, List<AffectedProduct> products, List<AuditEntry> history) {

    public record AffectedProduct(UUID id, String title) {}
}
