/**
 * Insights: the merchant's conversion (product views → paid orders) and refund rate, composed from engagement's view
 * counts, ordering's orders and payment's ledger — a module of its own because payment sits above ordering and only a
 * module above both (and engagement) may read all three. It owns no tables.
 */
@ApplicationModule(allowedDependencies = {"shared", "ui", "identity", "ordering", "payment", "engagement"})
package com.ks.platform.insights;

import org.springframework.modulith.ApplicationModule;
