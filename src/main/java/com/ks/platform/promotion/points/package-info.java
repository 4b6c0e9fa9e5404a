/**
 * 积分: the append-only points ledger with its kept balance, earning (completed orders, reviews, check-in, campaigns,
 * birthdays), spending (checkout, coupons), reversal on refunds and expiry at the end of the year after earning.
 */
@NamedInterface("points")
package com.ks.platform.promotion.points;

import org.springframework.modulith.NamedInterface;
