/**
 * Payment: one payment per attempt to pay a checkout, through one provider per method (built-in sandboxes until real
 * providers are configured), signed asynchronous notifications, reconciliation, refunds, the double-entry ledger, the platform's commission and merchants' settlement statements; purchases on platform credit (先用后付) are settled
 * here against the credit module's line, and its bills are repaid through the providers.
 */
@ApplicationModule(
        allowedDependencies = {
            "shared",
            "ui",
            "identity",
            "ordering",
            "catalog",
            "merchant",
            "credit",
            "credit :: ui",
            "risk",
            "settings"
        })
package com.ks.platform.payment;

import org.springframework.modulith.ApplicationModule;
