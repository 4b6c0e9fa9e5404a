package com.ks.platform.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * Numbers people read and quote (违规 WG-20261203-KQFBXM, 抽查 CC-…, 个人信息请求 YS-…): a prefix, the day, and six
 * letters from the record's random id. The tail is letters only, never digits: a date followed by six digits reads as
 * a 14-digit run that card-number scanners (ours, and data-loss tools at the reader's end) flag as a card number one
 * time in ten.
 */
public final class DocumentNumbers {

    /** Letters that cannot be mistaken for digits or each other (no I, L, O, U). */
    private static final char[] LETTERS = "ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private DocumentNumbers() {}

    public static String of(String prefix, LocalDate day, UUID id) {
        StringBuilder number =
                new StringBuilder(prefix).append('-').append(DAY.format(day)).append('-');
        // the low bits of the id are random (time-ordered ids put the time in the high bits)
        long bits = id.getLeastSignificantBits() & Long.MAX_VALUE;
        for (int i = 0; i < 6; i++) {
            number.append(LETTERS[(int) (bits % LETTERS.length)]);
            bits /= LETTERS.length;
        }
        return number.toString();
    }
}
