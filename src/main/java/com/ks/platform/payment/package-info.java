/**
 * Payment: one payment per attempt to pay a checkout, through one provider per method (built-in sandboxes until real
 * providers are configured), signed asynchronous notifications, reconciliation, refunds and the double-entry ledger.
 */
@ApplicationModule(allowedDependencies = {"shared", "ui", "identity", "ordering"})
package com.ks.platform.payment;

import org.springframework.modulith.ApplicationModule;
