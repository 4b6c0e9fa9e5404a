package com.ks.platform.merchant;

public enum ReviewOutcome {
    APPROVED,
    REJECTED,
    NEEDS_INFO
}
