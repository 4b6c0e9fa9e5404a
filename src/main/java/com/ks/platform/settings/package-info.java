/**
 * Settings: the platform configuration administrators change without a restart (commission rates, the order payment
 * timeout, credit limits, risk weights) with validation and a history; each value falls back to its {@code ks.*}
 * property. Modules above read it; they describe their own settings by implementing {@link SettingDefinitions}.
 */
@ApplicationModule(allowedDependencies = {"shared", "ui", "identity"})
package com.ks.platform.settings;

import org.springframework.modulith.ApplicationModule;
