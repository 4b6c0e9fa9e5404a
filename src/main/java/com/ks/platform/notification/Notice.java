package com.ks.platform.notification;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One message in a person's inbox: a translation key and its arguments, translated when shown. */
public record Notice(UUID id, String messageKey, List<String> params, Instant createdAt, boolean read) {}
