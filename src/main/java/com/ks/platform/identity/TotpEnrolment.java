package com.ks.platform.identity;

/**
 * A new authenticator secret offered to the signed-in person, not yet stored: it is kept only when they type a code
 * their app computed from it (so a mistyped or unscanned secret never locks anyone out).
 */
public record TotpEnrolment(String secret, String otpauthUri) {

    @Override
    public String toString() {
        return "TotpEnrolment[secret hidden]";
    }
}
