package com.ks.platform.catalog;

import java.util.UUID;

/** A merchant created or edited a product (its texts or prices may have changed); published in that transaction. */
public record ProductSaved(UUID productId, UUID merchantId) {}
