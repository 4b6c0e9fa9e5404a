/** Accounts, roles, registration, sign-in (password and OIDC), API token mapping, consents and shoppers' addresses. */
@ApplicationModule(allowedDependencies = {"shared", "ui", "notification"})
package com.ks.platform.identity;

import org.springframework.modulith.ApplicationModule;
