package com.ks.platform.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * OWASP ASVS 5.0 §6.2: at least 8 characters, at least 64 allowed (we allow 128), no composition rules, and the most
 * common or trivially guessable passwords refused.
 */
@Component
class PasswordPolicy {

    static final int MIN_LENGTH = 8;
    static final int MAX_LENGTH = 128;

    private final Set<String> commonPasswords;

    PasswordPolicy() {
        this.commonPasswords = load();
    }

    /** The message key of the first rule the password breaks, if any. */
    Optional<String> check(String password, String email) {
        if (password == null || password.isEmpty()) {
            return Optional.of("error.password.required");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("error.password.tooShort");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("error.password.tooLong");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (commonPasswords.contains(lower) || isRepeatedOrSequential(lower) || sameAsEmail(lower, email)) {
            return Optional.of("error.password.common");
        }
        return Optional.empty();
    }

    private static boolean sameAsEmail(String password, String email) {
        if (email == null || email.isBlank()) {
            return false;
        }
        String normalised = email.trim().toLowerCase(Locale.ROOT);
        int at = normalised.indexOf('@');
        String localPart = at > 0 ? normalised.substring(0, at) : normalised;
        return password.equals(normalised) || password.equals(localPart);
    }

    /** "aaaaaaaa", "12345678", "87654321", "abcdefgh", and repeats of a short unit such as "abcabcabc". */
    private static boolean isRepeatedOrSequential(String password) {
        int[] cp = password.codePoints().toArray();
        boolean ascending = true;
        boolean descending = true;
        for (int i = 1; i < cp.length; i++) {
            ascending &= cp[i] == cp[i - 1] + 1;
            descending &= cp[i] == cp[i - 1] - 1;
        }
        if (ascending || descending) {
            return true;
        }
        for (int unit = 1; unit <= cp.length / 2; unit++) {
            if (cp.length % unit == 0
                    && password.equals(password.substring(0, unit).repeat(cp.length / unit))) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> load() {
        var stream = PasswordPolicy.class.getResourceAsStream("common-passwords.txt");
        if (stream == null) {
            throw new IllegalStateException("common-passwords.txt missing from the classpath");
        }
        Set<String> words = new HashSet<>();
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            reader.lines()
                    .map(String::trim)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .forEach(words::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
