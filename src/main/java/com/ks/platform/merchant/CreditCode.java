package com.ks.platform.merchant;

import java.util.Locale;

/**
 * 统一社会信用代码 (unified social credit code, GB 32100-2015): 18 characters from a 31-character alphabet without
 * I, O, S, V, Z; the last one is a check character over the first 17 with weights 3^i mod 31.
 */
public final class CreditCode {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCode() {}

    public static String normalize(String code) {
        return code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    }

    public static boolean isValid(String code) {
        String normalized = normalize(code);
        if (normalized.length() != 18) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = ALPHABET.indexOf(normalized.charAt(i));
            if (value < 0) {
                return false;
            }
            sum += value * WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return normalized.charAt(17) == ALPHABET.charAt(check);
    }

    /** Completes 17 characters with their check character (demo data and tests). */
    public static String withCheckCharacter(String first17) {
        String normalized = normalize(first17);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(normalized.charAt(i)) * WEIGHTS[i];
        }
        return normalized + ALPHABET.charAt((31 - sum % 31) % 31);
    }
}
