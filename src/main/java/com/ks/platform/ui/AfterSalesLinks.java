package com.ks.platform.ui;

import java.util.UUID;

/**
 * Where the order pages send a shopper for after-sales; the after-sales module provides it, so ordering links to it
 * without depending on it.
 */
public interface AfterSalesLinks {

    /** The page to open a case on one line of an order. */
    String applyRoute(UUID orderId, UUID lineId);

    /** The shopper's list of cases (the orders page's 售后 tab). */
    String casesRoute();
}
