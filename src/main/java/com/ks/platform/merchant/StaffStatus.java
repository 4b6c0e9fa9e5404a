package com.ks.platform.merchant;

public enum StaffStatus {
    INVITED,
    ACTIVE,
    REMOVED
}
