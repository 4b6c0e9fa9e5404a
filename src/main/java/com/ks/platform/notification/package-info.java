/**
 * Notification: the message centre (站内信) every module uses to tell a person something, and e-mail as a second
 * channel (a transactional outbox sent by a job), chosen per person and kind of message.
 */
@ApplicationModule(allowedDependencies = {"shared", "ui"})
package com.ks.platform.notification;

import org.springframework.modulith.ApplicationModule;
