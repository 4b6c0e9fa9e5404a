package com.ks.platform.ordering;

import java.util.List;
import java.util.UUID;

/** The result of a checkout: its orders (one per shop) and the amount to pay; {@code repeated} for a resubmission. */
public record PlacedCheckout(UUID checkoutId, List<UUID> orderIds, long totalFen, boolean repeated) {}
