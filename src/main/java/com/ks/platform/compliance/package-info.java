/**
 * Compliance: merchant qualification review, and merchant supervision — violations with penalties that take effect
 * (warning, delisting, restriction, suspension, termination), their periods, and the merchant's appeal decided by a
 * second officer; the officers' search, verification and export of the platform's audit trail.
 */
@ApplicationModule(allowedDependencies = {"shared", "identity", "merchant", "catalog", "notification", "ui"})
package com.ks.platform.compliance;

import org.springframework.modulith.ApplicationModule;
