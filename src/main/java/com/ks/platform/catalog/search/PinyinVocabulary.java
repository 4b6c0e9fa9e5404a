package com.ks.platform.catalog.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The words search knows (category names, dictionary words, words of indexed titles), looked up by their pinyin: a
 * shopper typing {@code diannao} or {@code dn} means 电脑, and one typing 点脑 (a homophone typo) means it too.
 * Heavier words (category names, then words in many products) come first.
 */
final class PinyinVocabulary {

    static final PinyinVocabulary EMPTY = build(Map.of());

    private final Map<String, List<Entry>> byFull;
    private final Map<String, List<Entry>> byInitials;
    private final TreeMap<String, List<Entry>> sortedFull;
    private final Map<String, Integer> weights;

    private PinyinVocabulary(Map<String, Integer> weights) {
        this.weights = Map.copyOf(weights);
        Map<String, List<Entry>> full = new HashMap<>();
        Map<String, List<Entry>> initials = new HashMap<>();
        weights.forEach((word, weight) -> {
            Entry entry = new Entry(word, weight);
            full.computeIfAbsent(Pinyin.full(word), k -> new ArrayList<>()).add(entry);
            initials.computeIfAbsent(Pinyin.initials(word), k -> new ArrayList<>())
                    .add(entry);
        });
        Comparator<Entry> heaviest =
                Comparator.comparingInt(Entry::weight).reversed().thenComparing(Entry::word);
        full.values().forEach(list -> list.sort(heaviest));
        initials.values().forEach(list -> list.sort(heaviest));
        this.byFull = full;
        this.byInitials = initials;
        this.sortedFull = new TreeMap<>(full);
    }

    /** {@code weights}: each Chinese word and how much it counts. */
    static PinyinVocabulary build(Map<String, Integer> weights) {
        return new PinyinVocabulary(weights);
    }

    boolean knows(String word) {
        return weights.containsKey(word);
    }

    /** Words whose full pinyin is the text (spaces ignored), else whose initials are; heaviest first. */
    List<String> fromPinyin(String latin, int limit) {
        String key = latin.replace(" ", "").toLowerCase(java.util.Locale.ROOT);
        List<Entry> found = byFull.getOrDefault(key, List.of());
        if (found.isEmpty() && key.length() <= 6) {
            found = byInitials.getOrDefault(key, List.of());
        }
        return found.stream().limit(limit).map(Entry::word).toList();
    }

    /** Words whose pinyin (or initials) starts with what was typed so far: suggestions while typing. */
    List<String> completions(String latin, int limit) {
        String key = latin.replace(" ", "").toLowerCase(java.util.Locale.ROOT);
        Set<Entry> found = new LinkedHashSet<>(byInitials.getOrDefault(key, List.of()));
        sortedFull.subMap(key, key + Character.MAX_VALUE).values().forEach(found::addAll);
        return found.stream()
                .sorted(Comparator.comparingInt(Entry::weight).reversed())
                .limit(limit)
                .map(Entry::word)
                .toList();
    }

    /** The heaviest other known word that sounds the same, for a word nobody's products use. */
    Optional<String> homophone(String word) {
        return byFull.getOrDefault(Pinyin.full(word), List.of()).stream()
                .map(Entry::word)
                .filter(w -> !w.equals(word) && w.length() == word.length())
                .findFirst();
    }

    private record Entry(String word, int weight) {}
}
