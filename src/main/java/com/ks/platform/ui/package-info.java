/**
 * The UI kit every module's views use: translated notifications, server-side form errors, locale formatting.
 * Business modules' views depend on it; it depends on no business module, so the {@code web} shell can sit on top.
 */
@ApplicationModule(allowedDependencies = "shared")
package com.ks.platform.ui;

import org.springframework.modulith.ApplicationModule;
