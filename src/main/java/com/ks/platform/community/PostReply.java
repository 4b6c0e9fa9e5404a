package com.ks.platform.community;

import java.time.Instant;
import java.util.UUID;

/** A comment under a post. */
public record PostReply(UUID id, Author author, String body, Instant createdAt, boolean mine) {}
