package com.ks.platform.privacy;

/** What a person asks of the platform's personal-information officers. */
public enum PrivacyRequestKind {
    /** A copy of data the privacy centre cannot give by itself (e.g. of orders kept after a closure). */
    COPY,
    COMPLAINT,
    QUESTION
}
