package com.ks.platform.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The maintained list of words that text people publish may not contain (reviews, community posts, comments,
 * questions and answers): a data file ({@code ks.review.blocked-words}, by default
 * {@code classpath:review/blocked-words.txt}), so compliance edits it without a code change and every module checks the
 * same list.
 */
@Component
public class BlockedWords {

    private final List<String> blocked;

    BlockedWords(@Value("${ks.review.blocked-words:classpath:review/blocked-words.txt}") Resource list) {
        try (InputStream in = list.getInputStream()) {
            blocked = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(word -> word.toLowerCase(Locale.ROOT))
                    .toList();
        } catch (IOException unreadable) {
            throw new UncheckedIOException("The blocked word list cannot be read: " + list, unreadable);
        }
    }

    /** The first blocked word the text contains, ignoring case and spaces put between its letters. */
    public Optional<String> firstBlocked(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String squeezed = text.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
        return blocked.stream()
                .filter(word -> squeezed.contains(word.replaceAll("\\s+", "")))
                .findFirst();
    }
}
