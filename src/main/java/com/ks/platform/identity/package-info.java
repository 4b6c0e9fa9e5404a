/** Accounts, roles, registration, sign-in (password and OIDC), API token mapping and consents. */
@ApplicationModule(allowedDependencies = {"shared", "ui"})
package com.ks.platform.identity;

import org.springframework.modulith.ApplicationModule;
