package com.ks.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** RFC 6238 appendix B: the published test vectors, and the Base32 secrets authenticator apps read. */
class TotpTest {

    private static final byte[] RFC_SHA1_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @Test
    void the_codes_match_the_test_vectors_of_rfc_6238_for_hmac_sha1() {
        assertThat(code(59)).isEqualTo("94287082");
        assertThat(code(1111111109)).isEqualTo("07081804");
        assertThat(code(1111111111)).isEqualTo("14050471");
        assertThat(code(1234567890)).isEqualTo("89005924");
        assertThat(code(2000000000)).isEqualTo("69279037");
        assertThat(code(20000000000L)).isEqualTo("65353130");
    }

    @Test
    void the_six_digit_code_of_a_base32_secret_is_the_last_six_digits_an_app_shows() {
        String secret = Totp.base32Encode(RFC_SHA1_KEY);

        assertThat(secret).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(Totp.codeAt(secret, Instant.ofEpochSecond(1111111109))).isEqualTo("081804");
        assertThat(Totp.base32Decode(secret)).isEqualTo(RFC_SHA1_KEY);
    }

    @Test
    void new_secrets_are_160_random_bits_in_base32() {
        String one = Totp.newSecret();

        assertThat(Totp.isSecret(one)).isTrue();
        assertThat(Totp.base32Decode(one)).hasSize(20);
        assertThat(Totp.newSecret()).isNotEqualTo(one);
    }

    private static String code(long epochSecond) {
        return Totp.code(RFC_SHA1_KEY, Totp.stepAt(Instant.ofEpochSecond(epochSecond)), 8, "HmacSHA1");
    }
}
