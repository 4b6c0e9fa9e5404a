package com.ks.platform.identity;

public enum AccountStatus {
    ACTIVE,
    DISABLED
}
