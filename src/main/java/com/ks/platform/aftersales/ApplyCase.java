package com.ks.platform.aftersales;

import java.util.List;
import java.util.UUID;

/**
 * A shopper's request on one line of their order, with up to 9 photos or PDFs as evidence; for a complaint (投诉) the line
 * may be null (the order's first line is named) and the quantity is ignored.
 */
public record ApplyCase(
        UUID orderId, UUID lineId, CaseReason reason, String description, int quantity, List<byte[]> evidence) {

    public ApplyCase {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    public ApplyCase(UUID orderId, UUID lineId, CaseReason reason, String description, int quantity) {
        this(orderId, lineId, reason, description, quantity, List.of());
    }
}
