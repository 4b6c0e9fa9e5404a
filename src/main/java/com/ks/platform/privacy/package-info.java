/**
 * Privacy (PIPL): the shopper's privacy centre — a copy of their data by category, corrections, consents, closing the
 * account with a grace period and erasure after it — privacy requests answered by compliance officers within 15
 * working days, sign-in records, and the retention job. Other modules provide their part through the {@code shared}
 * ports {@code PersonalData}, {@code AccountClosureCheck} and {@code RetainedRecords}; its figures join the compliance
 * overview.
 */
@ApplicationModule(allowedDependencies = {"shared", "ui", "identity", "notification", "compliance"})
package com.ks.platform.privacy;

import org.springframework.modulith.ApplicationModule;
