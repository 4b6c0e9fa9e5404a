package com.ks.platform.aftersales;

import java.util.UUID;

/**
 * A case now waits for the platform (平台介入: the shopper escalated a refused case, or the goods failed inspection);
 * customer service picks it up. {@code reason} is the note of the step that escalated it.
 */
public record AfterSalesEscalated(
        UUID caseId, String caseNo, UUID shopperId, UUID orderId, String orderNo, String title, String reason) {}
