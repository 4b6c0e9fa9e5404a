package com.ks.platform.identity;

import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Time-based one-time passwords (RFC 6238 over RFC 4226 HOTP): HMAC-SHA1, 30-second steps, 6 digits — what every
 * authenticator app (Microsoft/Google Authenticator, 1Password, 腾讯身份验证器) reads from an {@code otpauth://} QR code.
 * A few lines on {@code javax.crypto} instead of a library: the algorithm is fixed and checked against the RFC's test
 * vectors (TotpTest). Public so test helpers can compute the code a person would read off their phone.
 */
public final class Totp {

    static final long STEP_SECONDS = 30;
    static final int DIGITS = 6;
    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Totp() {}

    /** The code an authenticator app shows at that moment for the Base32 secret. */
    public static String codeAt(String base32Secret, Instant moment) {
        return code(base32Decode(base32Secret), stepAt(moment), DIGITS, "HmacSHA1");
    }

    /** The code of a given 30-second step (counted from the Unix epoch). */
    public static String codeOfStep(String base32Secret, long step) {
        return code(base32Decode(base32Secret), step, DIGITS, "HmacSHA1");
    }

    public static long stepAt(Instant moment) {
        return Math.floorDiv(moment.getEpochSecond(), STEP_SECONDS);
    }

    /** RFC 4226 §5.3 dynamic truncation of HMAC(key, counter) to {@code digits} decimal digits. */
    static String code(byte[] key, long step, int digits, String algorithm) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(key, "RAW"));
            byte[] hash =
                    mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(step).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24)
                    | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8)
                    | (hash[offset + 3] & 0xff);
            int modulo = (int) Math.pow(10, digits);
            return String.format(Locale.ROOT, "%0" + digits + "d", binary % modulo);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(algorithm + " is part of every JDK", impossible);
        }
    }

    /** 160 random bits (RFC 4226 §4 recommends at least 160), Base32 as authenticator apps expect. */
    static String newSecret() {
        byte[] secret = new byte[20];
        RANDOM.nextBytes(secret);
        return base32Encode(secret);
    }

    static boolean isSecret(String base32) {
        return base32 != null && base32.matches("[A-Z2-7]{16,64}");
    }

    static String base32Encode(byte[] data) {
        StringBuilder out = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : data) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                out.append(BASE32.charAt((buffer >> (bits - 5)) & 0x1f));
                bits -= 5;
            }
        }
        if (bits > 0) {
            out.append(BASE32.charAt((buffer << (5 - bits)) & 0x1f));
        }
        return out.toString();
    }

    static byte[] base32Decode(String text) {
        String clean = text.replace(" ", "").replace("=", "").toUpperCase(Locale.ROOT);
        ByteBuffer out = ByteBuffer.allocate(clean.length() * 5 / 8);
        int buffer = 0;
        int bits = 0;
        for (char c : clean.toCharArray()) {
            int value = BASE32.indexOf(c);
            if (value < 0) {
                throw new IllegalArgumentException("not Base32");
            }
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8) {
                out.put((byte) (buffer >> (bits - 8)));
                bits -= 8;
            }
        }
        return out.array();
    }

    /**
     * The {@code otpauth://} URI an authenticator app reads from the QR code (Google's Key Uri Format): issuer and
     * account as the label, then the base32 key and the parameters this class uses.
     */
    static String keyUri(String issuer, String account, String base32Secret) {
        return UriComponentsBuilder.newInstance()
                .scheme("otpauth")
                .host("totp")
                // the label "issuer:account" as one encoded segment (the colon too, as apps expect)
                .path("/"
                        + URLEncoder.encode(issuer + ":" + account, StandardCharsets.UTF_8)
                                .replace("+", "%20"))
                .queryParam("secret", base32Secret)
                .queryParam("issuer", issuer)
                .queryParam("algorithm", "SHA1")
                .queryParam("digits", DIGITS)
                .queryParam("period", STEP_SECONDS)
                .build(true)
                .toUriString();
    }
}
