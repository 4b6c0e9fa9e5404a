package com.ks.platform.promotion.membership;

/** 会员等级, lowest first: 普通会员, 白银会员, 黄金会员, 钻石会员. Thresholds and privileges are configuration. */
public enum MemberTier {
    REGULAR,
    SILVER,
    GOLD,
    DIAMOND;

    public String messageKey() {
        return "membership.tier." + name();
    }
}
