package com.ks.platform.aftersales;

import java.util.UUID;

/** A shopper's request on one line of their order. */
public record ApplyCase(UUID orderId, UUID lineId, CaseReason reason, String description, int quantity) {}
