package com.ks.platform.support;

/** The object a ticket is about; one active ticket per requester and subject (a second message joins it). */
public enum SubjectKind {
    ORDER,
    AFTERSALES,
    CREDIT,
    PRIVACY,
    /** Not about one object: each such question is its own ticket. */
    FREE
}
