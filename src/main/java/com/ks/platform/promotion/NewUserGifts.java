package com.ks.platform.promotion;

import com.ks.platform.identity.ShopperRegistered;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * 新人礼包: a shopper who registers — through the form or by a first OIDC sign-in that creates the account — receives one
 * of each platform coupon marked as a new-user gift. Idempotent: a re-delivered event finds the coupons already given.
 */
@Component
class NewUserGifts {

    private final CouponService coupons;

    NewUserGifts(CouponService coupons) {
        this.coupons = coupons;
    }

    @ApplicationModuleListener
    void on(ShopperRegistered registered) {
        coupons.giveNewUserGifts(registered.accountId());
    }
}
