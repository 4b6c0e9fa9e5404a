package com.ks.platform.support;

public enum AuthorKind {
    REQUESTER,
    AGENT,
    SYSTEM
}
