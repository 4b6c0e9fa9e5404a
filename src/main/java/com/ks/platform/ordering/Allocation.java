package com.ks.platform.ordering;

/** Splits an amount over weights in whole fen: proportional shares rounded down, the remainder on the last share. */
final class Allocation {

    private Allocation() {}

    static long[] split(long amount, long[] weights) {
        long[] shares = new long[weights.length];
        if (weights.length == 0 || amount == 0) {
            return shares;
        }
        long total = 0;
        for (long weight : weights) {
            total += weight;
        }
        long allocated = 0;
        for (int i = 0; i < weights.length - 1; i++) {
            shares[i] = total == 0
                    ? 0
                    : java.math.BigInteger.valueOf(amount)
                            .multiply(java.math.BigInteger.valueOf(weights[i]))
                            .divide(java.math.BigInteger.valueOf(total))
                            .longValueExact();
            allocated += shares[i];
        }
        shares[weights.length - 1] = amount - allocated;
        return shares;
    }
}
