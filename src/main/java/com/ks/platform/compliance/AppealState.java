package com.ks.platform.compliance;

public enum AppealState {
    NONE,
    PENDING,
    UPHELD,
    GRANTED
}
