package com.ks.platform.support;

/** PUBLIC messages are the conversation with the requester; INTERNAL ones are agents' notes the requester never sees. */
public enum Visibility {
    PUBLIC,
    INTERNAL
}
