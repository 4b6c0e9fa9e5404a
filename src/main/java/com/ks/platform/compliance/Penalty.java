package com.ks.platform.compliance;

import com.ks.platform.merchant.MerchantStatus;

/**
 * The penalty ladder, mildest first. Each store-wide penalty puts the merchant in a state; delisting acts on the named
 * products only. Every penalty but termination runs for a period and ends by itself.
 */
public enum Penalty {
    /** 警告 */
    WARNING(MerchantStatus.WARNED),
    /** 下架商品: the named products leave search and cannot be bought. */
    DELISTING(null),
    /** 限制经营: no new products, nothing new published. */
    RESTRICTION(MerchantStatus.RESTRICTED),
    /** 暂停店铺: nothing can be bought; the shop page says so. */
    SUSPENSION(MerchantStatus.SUSPENDED),
    /** 终止合作: no new orders; open orders are still fulfilled and settled. */
    TERMINATION(MerchantStatus.TERMINATED);

    static final int MAX_DAYS = 365;

    private final MerchantStatus merchantState;

    Penalty(MerchantStatus merchantState) {
        this.merchantState = merchantState;
    }

    /** The merchant state this penalty calls for; null for delisting. */
    public MerchantStatus merchantState() {
        return merchantState;
    }

    public boolean hasPeriod() {
        return this != TERMINATION;
    }

    public boolean needsProducts() {
        return this == DELISTING;
    }

    /** How far down the ladder a merchant state is: ACTIVE 0 … TERMINATED 4. */
    static int rank(MerchantStatus status) {
        return switch (status) {
            case WARNED -> 1;
            case RESTRICTED -> 2;
            case SUSPENDED -> 3;
            case TERMINATED -> 4;
            default -> 0;
        };
    }
}
