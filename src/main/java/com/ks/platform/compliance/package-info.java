/** Compliance: merchant qualification review, credit ratings, violations, audit logs, privacy requests. */
@ApplicationModule(allowedDependencies = {"shared", "identity", "merchant", "ui"})
package com.ks.platform.compliance;

import org.springframework.modulith.ApplicationModule;
