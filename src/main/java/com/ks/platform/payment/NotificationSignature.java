package com.ks.platform.payment;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * {@code Ks-Signature: t=<epoch seconds>,v1=<hex HMAC-SHA256 of "t.rawBody">}: the timestamp is signed with the body,
 * so an old notification cannot be re-dated, and the comparison takes constant time.
 */
public final class NotificationSignature {

    public static final String HEADER = "Ks-Signature";

    private NotificationSignature() {}

    public static String sign(byte[] secret, long epochSeconds, byte[] body) {
        return "t=" + epochSeconds + ",v1=" + HexFormat.of().formatHex(mac(secret, epochSeconds, body));
    }

    /** Refuses a missing or bad signature and a timestamp further than {@code tolerance} from now. */
    public static void verify(byte[] secret, String header, byte[] body, Instant now, Duration tolerance) {
        if (header == null) {
            throw new NotificationRefused(NotificationRefused.Verdict.BAD_SIGNATURE, "no signature");
        }
        Long timestamp = null;
        byte[] given = null;
        for (String part : header.split(",")) {
            String[] pair = part.strip().split("=", 2);
            if (pair.length != 2) {
                continue;
            }
            try {
                if (pair[0].equals("t")) {
                    timestamp = Long.parseLong(pair[1]);
                } else if (pair[0].equals("v1")) {
                    given = HexFormat.of().parseHex(pair[1]);
                }
            } catch (IllegalArgumentException unreadable) {
                throw new NotificationRefused(NotificationRefused.Verdict.BAD_SIGNATURE, "unreadable signature");
            }
        }
        if (timestamp == null || given == null) {
            throw new NotificationRefused(NotificationRefused.Verdict.BAD_SIGNATURE, "incomplete signature");
        }
        if (!MessageDigest.isEqual(given, mac(secret, timestamp, body))) {
            throw new NotificationRefused(NotificationRefused.Verdict.BAD_SIGNATURE, "signature does not match");
        }
        if (Duration.between(Instant.ofEpochSecond(timestamp), now).abs().compareTo(tolerance) > 0) {
            throw new NotificationRefused(NotificationRefused.Verdict.STALE, "timestamp outside tolerance");
        }
    }

    private static byte[] mac(byte[] secret, long epochSeconds, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update((epochSeconds + ".").getBytes(StandardCharsets.US_ASCII));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
