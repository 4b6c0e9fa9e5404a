package com.ks.platform.identity;

/** Masked forms of an account's e-mail and name for staff screens: z***@example.com, 张*. */
public final class AccountMasks {

    private AccountMasks() {}

    public static String email(String email) {
        if (email == null || email.isBlank()) {
            return "";
        }
        int at = email.indexOf('@');
        if (at <= 0) {
            return "***";
        }
        return email.charAt(0) + "***" + email.substring(at);
    }

    public static String name(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        int first = name.codePointAt(0);
        return new String(Character.toChars(first))
                + "*".repeat(Math.min(3, Math.max(1, name.codePointCount(0, name.length()) - 1)));
    }
}
