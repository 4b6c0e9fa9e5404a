package com.ks.platform.identity;

public enum AccountStatus {
    ACTIVE,
    DISABLED,
    /** Closed by its owner and erased (PIPL art. 47): a row without a person, kept so orders still point somewhere. */
    CLOSED
}
