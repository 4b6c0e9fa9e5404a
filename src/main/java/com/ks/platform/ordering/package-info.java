/**
 * Ordering: checkout (one order per merchant, paid together), stock reservation, the order state machine with its
 * timeline, timeouts, shipments and tracking, the shopper's order pages and the order API.
 */
@ApplicationModule(
        allowedDependencies = {
            "shared",
            "ui",
            "identity",
            "catalog",
            "catalog :: ui",
            "cart",
            "identity :: ui",
            "merchant",
            "notification",
            "compliance",
            "settings"
        })
package com.ks.platform.ordering;

import org.springframework.modulith.ApplicationModule;
