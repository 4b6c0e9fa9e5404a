package com.ks.platform.notification;

import java.util.Optional;
import java.util.UUID;

/**
 * The e-mail address and language of an account, provided by the module that keeps accounts (identity sits above
 * notification, so notification asks through this port). Empty for an account that must not get mail (closed).
 */
public interface MailRecipients {

    Optional<MailRecipient> find(UUID accountId);
}
