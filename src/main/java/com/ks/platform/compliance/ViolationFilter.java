package com.ks.platform.compliance;

/** Which violations a list shows. */
public enum ViolationFilter {
    ALL,
    IN_FORCE,
    APPEALS_PENDING
}
