package com.ks.platform.promotion;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/** A coupon's discount in fen and its allocation over lines; exact integer arithmetic, never floating point. */
final class CouponMath {

    private CouponMath() {}

    /**
     * What the coupon takes off goods worth {@code eligibleFen} (its scope's lines) with {@code shippingFen} of shipping
     * on their shops: 0 when nothing is eligible or the threshold (满) is not reached. Percent off rounds half up to the
     * fen and stops at the cap; nothing takes off more than the goods (or the shipping) it applies to.
     */
    static long discount(CouponTerms terms, long eligibleFen, long shippingFen) {
        if (eligibleFen <= 0 || eligibleFen < terms.thresholdFen()) {
            return 0;
        }
        return switch (terms.kind()) {
            case AMOUNT_OFF -> Math.min(terms.amountOffFen(), eligibleFen);
            case PERCENT_OFF -> {
                long off = BigDecimal.valueOf(eligibleFen)
                        .multiply(BigDecimal.valueOf(terms.percentOff()))
                        .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP)
                        .longValueExact();
                yield Math.min(Math.min(off, terms.capFen()), eligibleFen);
            }
            case FREE_SHIPPING -> shippingFen;
        };
    }

    /**
     * Splits {@code amount} over {@code weights} in whole fen by the largest-remainder rule: each share is the exact
     * proportional share rounded down, and the fen left over go one each to the shares with the largest remainders (the
     * earlier line first on a tie). Every share is then the exact share rounded down or up, so no line gets more
     * discount than its amount when the amount does not exceed the weights' total, and the shares add up exactly.
     */
    static long[] allocate(long amount, long[] weights) {
        long[] shares = new long[weights.length];
        long total = 0;
        for (long weight : weights) {
            total += weight;
        }
        if (amount == 0 || total == 0) {
            return shares;
        }
        BigInteger whole = BigInteger.valueOf(total);
        long[] remainders = new long[weights.length];
        long allocated = 0;
        for (int i = 0; i < weights.length; i++) {
            BigInteger[] division = BigInteger.valueOf(amount)
                    .multiply(BigInteger.valueOf(weights[i]))
                    .divideAndRemainder(whole);
            shares[i] = division[0].longValueExact();
            remainders[i] = division[1].longValueExact();
            allocated += shares[i];
        }
        for (long left = amount - allocated; left > 0; left--) {
            int best = -1;
            for (int i = 0; i < weights.length; i++) {
                if (remainders[i] >= 0 && (best < 0 || remainders[i] > remainders[best])) {
                    best = i;
                }
            }
            shares[best]++;
            remainders[best] = -1;
        }
        return shares;
    }
}
