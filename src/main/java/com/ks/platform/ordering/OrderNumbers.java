package com.ks.platform.ordering;

import com.ks.platform.shared.BusinessTime;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * Order numbers people can read out: "KS", the business day (yyMMdd, Asia/Shanghai) and ten random Crockford base-32
 * characters (no I, L, O, U) — unguessable, so a number reveals nothing about order volume.
 */
final class OrderNumbers {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("yyMMdd").withZone(BusinessTime.ZONE);
    private static final SecureRandom RANDOM = new SecureRandom();

    private OrderNumbers() {}

    static String next(Instant at) {
        StringBuilder number = new StringBuilder("KS").append(DAY.format(at));
        for (int i = 0; i < 10; i++) {
            number.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return number.toString();
    }
}
