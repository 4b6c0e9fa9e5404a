/**
 * The shopper's credit page (account/credit) and compliance's list of credit assessments (compliance/credit); the
 * installment schedule table is shared with the cashier page.
 */
@NamedInterface("ui")
package com.ks.platform.credit.ui;

import org.springframework.modulith.NamedInterface;
