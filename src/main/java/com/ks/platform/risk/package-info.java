/**
 * Risk control of payments: every attempt is assessed (velocity per account, device and IP, amount against the
 * shopper's history, new accounts with large orders, repeated failures, address region against IP region) and
 * allowed, challenged (password re-entry) or blocked with reasons; challenged and blocked attempts become alerts for
 * compliance officers.
 */
@ApplicationModule(allowedDependencies = {"shared", "ui", "identity", "settings"})
package com.ks.platform.risk;

import org.springframework.modulith.ApplicationModule;
