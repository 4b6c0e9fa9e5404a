/**
 * Payment: one payment per attempt to pay a checkout, through one provider per method (built-in sandboxes until real
 * providers are configured), signed asynchronous notifications, reconciliation, refunds, the double-entry ledger, the platform's commission and merchants' settlement statements.
 */
@ApplicationModule(allowedDependencies = {"shared", "ui", "identity", "ordering", "catalog", "merchant", "risk"})
package com.ks.platform.payment;

import org.springframework.modulith.ApplicationModule;
