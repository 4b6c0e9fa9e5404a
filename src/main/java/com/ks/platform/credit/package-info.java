/**
 * Credit: platform credit (先用后付) — a limit per shopper from an explainable score, purchases on credit with or
 * without installments (分期), monthly bills, overdue detection and reminders, and repayments (through payment).
 */
@ApplicationModule(allowedDependencies = {"shared", "ui", "identity", "ordering", "notification", "settings"})
package com.ks.platform.credit;

import org.springframework.modulith.ApplicationModule;
