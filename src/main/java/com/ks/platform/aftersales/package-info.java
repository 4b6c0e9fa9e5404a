/**
 * After-sales: cases on delivered (or paid) order lines — refund only and return-and-refund — with eligibility rules,
 * a state machine with its timeline and deadlines, refunds through payment after commit, and returned stock.
 */
@ApplicationModule(
        allowedDependencies = {
            "shared",
            "ui",
            "identity",
            "notification",
            "merchant",
            "catalog",
            "ordering",
            "payment",
            "compliance"
        })
package com.ks.platform.aftersales;

import org.springframework.modulith.ApplicationModule;
