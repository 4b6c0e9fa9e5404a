package com.ks.platform.shared;

import java.util.regex.Pattern;

/**
 * De-identifies text a person wrote that stays after their account is erased (a review, a message to a shop): the
 * contact details people type into free text — e-mail addresses and runs of digits long enough to be a phone, ID or
 * card number — are replaced. Names typed into text cannot be found reliably, which is why only texts other people
 * rely on (published reviews, a case's record) stay; texts with no such use are deleted instead.
 */
public final class FreeTexts {

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    private static final Pattern DIGITS = Pattern.compile("\\d[\\d\\s-]{5,}\\d");
    private static final String MASK = "***";

    private FreeTexts() {}

    public static String deidentify(String text) {
        if (text == null) {
            return null;
        }
        return DIGITS.matcher(EMAIL.matcher(text).replaceAll(MASK)).replaceAll(MASK);
    }
}
