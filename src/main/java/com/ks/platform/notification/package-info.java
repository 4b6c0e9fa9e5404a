/** Notification: the in-site inbox (站内信) every module uses to tell a person something. */
@ApplicationModule(allowedDependencies = "shared")
package com.ks.platform.notification;

import org.springframework.modulith.ApplicationModule;
