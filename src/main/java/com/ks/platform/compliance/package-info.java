/**
 * Compliance: merchant qualification review, and merchant supervision — violations with penalties that take effect
 * (warning, delisting, restriction, suspension, termination), their periods, and the merchant's appeal decided by a
 * second officer; the officers' search, verification and export of the platform's audit trail; the merchant credit
 * rating from sources owned by their modules; automatic findings on products (Advertising Law art. 9 terms, prohibited
 * goods, odd prices) proposed to officers; risk-weighted audits (抽查); signed regulator exports (E-Commerce Law art.
 * 25); and the officers' overview, to which other modules add figures through {@link ComplianceOverviewSection}.
 */
@ApplicationModule(allowedDependencies = {"shared", "identity", "merchant", "catalog", "notification", "ui", "risk"})
package com.ks.platform.compliance;

import org.springframework.modulith.ApplicationModule;
