/** Merchants (shops): sign-up, qualification state machine, and the merchant portal. */
@ApplicationModule(allowedDependencies = {"shared", "identity", "notification", "ui"})
package com.ks.platform.merchant;

import org.springframework.modulith.ApplicationModule;
