package com.ks.platform.review;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The review tags (评价标签) and the phrases that draw each from a review's text: a data file ({@code ks.review.tags}, by
 * default {@code classpath:review/tags.txt}) so the list grows without a code change. Chinese reviews have no spaces,
 * so a phrase matches anywhere in the text — unless a negation stands right before it (不好用 is no 好用).
 */
@Component
class ReviewTagVocabulary {

    /** Words that turn the phrase after them around: 不好看, 没有包装好, 并不划算, 不太舒服. */
    private static final List<String> NEGATIONS = List.of("不", "没", "未", "别", "不太", "不够", "不是", "没有", "不算", "并非");

    private final Map<String, Tag> tags = new LinkedHashMap<>();

    private record Tag(String code, boolean praise, List<String> phrases) {}

    ReviewTagVocabulary(@Value("${ks.review.tags:classpath:review/tags.txt}") Resource list) {
        try (InputStream in = list.getInputStream()) {
            new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(ReviewTagVocabulary::parse)
                    .forEach(tag -> tags.put(tag.code(), tag));
        } catch (IOException unreadable) {
            throw new UncheckedIOException("The review tag list cannot be read: " + list, unreadable);
        }
    }

    private static Tag parse(String line) {
        String[] parts = line.split("\\s+", 3);
        if (parts.length < 3 || !(parts[1].equals("+") || parts[1].equals("-")) || !parts[0].matches("[A-Z_]{2,40}")) {
            throw new IllegalStateException("A review tag line reads CODE + phrase, phrase…: " + line);
        }
        List<String> phrases = Arrays.stream(parts[2].split("[,，]"))
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .toList();
        return new Tag(parts[0], parts[1].equals("+"), phrases);
    }

    /** The tags the texts (a review and its 追评; nulls ignored) carry, in the list's order. */
    Set<String> tagsOf(String... texts) {
        Set<String> found = new LinkedHashSet<>();
        for (Tag tag : tags.values()) {
            for (String text : texts) {
                if (text != null && tag.phrases().stream().anyMatch(p -> saysSo(text, p))) {
                    found.add(tag.code());
                }
            }
        }
        return found;
    }

    boolean praise(String code) {
        Tag tag = tags.get(code);
        return tag == null || tag.praise();
    }

    List<String> codes() {
        return new ArrayList<>(tags.keySet());
    }

    private static boolean saysSo(String text, String phrase) {
        for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
            String before = text.substring(Math.max(0, at - 2), at);
            if (NEGATIONS.stream().noneMatch(before::endsWith)) {
                return true;
            }
        }
        return false;
    }
}
