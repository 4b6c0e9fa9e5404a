package com.ks.platform.review;

/** A report waits for an officer, who either hides the review (UPHELD) or leaves it as it is (DISMISSED). */
public enum ReportState {
    OPEN,
    UPHELD,
    DISMISSED
}
