package com.ks.platform.catalog.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The relevance set in {@code src/test/resources/search/relevance/}: {@code catalog.tsv} (the products),
 * {@code train.tsv} and {@code heldout.tsv} (the queries, split once, stratified by kind). A query is answered when at
 * least {@code need} of its relevant products are in the top 5 — all of them when there are at most three (the same
 * product sold by two or three shops), otherwise any three (a category or a brand line); top-1 counts a relevant
 * product first; MRR uses the first relevant product's rank within the top 10.
 *
 * <p>Regenerate (deterministic) with {@code ./mvnw -Pbench test-compile exec:java
 * -Dexec.mainClass=com.ks.platform.catalog.search.RelevanceSet}.
 */
public final class RelevanceSet {

    static final String FOLDER = "search/relevance/";
    public static final int TOP = 5;
    public static final int MRR_DEPTH = 10;

    private RelevanceSet() {}

    public record Judgement(String id, String kind, String query, int need, List<String> relevant) {

        static final String HEADER = "qid\tkind\tquery\tneed\trelevant";

        String toTsv() {
            return String.join("\t", id, kind, query, Integer.toString(need), String.join(",", relevant));
        }

        static Judgement fromTsv(String line) {
            String[] f = line.split("\t", -1);
            return new Judgement(f[0], f[1], f[2], Integer.parseInt(f[3]), List.of(f[4].split(",")));
        }

        /** How a ranked list of product ids (best first) answers this query. */
        public Outcome judge(List<String> ranked) {
            Set<String> wanted = new HashSet<>(relevant);
            int inTop = 0;
            int firstRank = 0;
            for (int i = 0; i < Math.min(ranked.size(), MRR_DEPTH); i++) {
                if (wanted.contains(ranked.get(i))) {
                    if (i < TOP) {
                        inTop++;
                    }
                    if (firstRank == 0) {
                        firstRank = i + 1;
                    }
                }
            }
            return new Outcome(inTop >= need, firstRank == 1, firstRank == 0 ? 0 : 1.0 / firstRank);
        }
    }

    public record Outcome(boolean answered, boolean first, double reciprocalRank) {}

    /** Recall in the top 5 (share of queries answered), top-1 and MRR over a list of outcomes. */
    public record Figures(int queries, double top5, double top1, double mrr) {

        public static Figures of(List<Outcome> outcomes) {
            int n = outcomes.size();
            return new Figures(
                    n,
                    outcomes.stream().filter(Outcome::answered).count() / (double) n,
                    outcomes.stream().filter(Outcome::first).count() / (double) n,
                    outcomes.stream().mapToDouble(Outcome::reciprocalRank).sum() / n);
        }

        @Override
        public String toString() {
            return String.format(
                    "top-5 %.1f %%, top-1 %.1f %%, MRR %.3f (%d queries)", 100 * top5, 100 * top1, mrr, queries);
        }
    }

    public static List<RelevanceProduct> catalog() {
        return read("catalog.tsv").stream().map(RelevanceProduct::fromTsv).toList();
    }

    public static List<Judgement> training() {
        return read("train.tsv").stream().map(Judgement::fromTsv).toList();
    }

    public static List<Judgement> heldOut() {
        return read("heldout.tsv").stream().map(Judgement::fromTsv).toList();
    }

    private static List<String> read(String file) {
        try (InputStream in = RelevanceSet.class.getClassLoader().getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("missing " + FOLDER + file);
            }
            List<String> lines = new ArrayList<>(new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList());
            lines.removeFirst();
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- generation ----

    /** Judgements for every query line, resolved against the catalog; fails on a pattern that finds nothing. */
    static List<Judgement> judgements(List<RelevanceProduct> catalog) {
        List<Judgement> all = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String line : RelevanceQueries.LINES.strip().split("\n")) {
            String[] f = line.strip().split("\\|", -1);
            if (!seen.add(f[1].toLowerCase(java.util.Locale.ROOT))) {
                throw new IllegalStateException("query twice: " + f[1]);
            }
            List<String> relevant = new ArrayList<>();
            for (String pattern : f[2].split(",")) {
                List<String> found = resolve(catalog, pattern.strip());
                if (found.isEmpty()) {
                    throw new IllegalStateException("pattern finds nothing: " + pattern + " in " + line);
                }
                found.stream().filter(id -> !relevant.contains(id)).forEach(relevant::add);
            }
            all.add(new Judgement(
                    String.format("Q%03d", all.size() + 1), f[0], f[1], Math.min(3, relevant.size()), relevant));
        }
        return all;
    }

    private static List<String> resolve(List<RelevanceProduct> catalog, String pattern) {
        if (pattern.startsWith("@")) {
            String category = pattern.substring(1);
            return catalog.stream()
                    .filter(p -> p.categoryCode().equals(category))
                    .map(RelevanceProduct::id)
                    .toList();
        }
        Pattern glob = Pattern.compile(Pattern.quote(pattern).replace("*", "\\E.*\\Q"));
        return catalog.stream()
                .filter(p -> glob.matcher(p.key()).matches())
                .map(RelevanceProduct::id)
                .toList();
    }

    /** Training and held-out halves: within each kind, a seeded shuffle, then alternately one to each. */
    static Map<String, List<Judgement>> split(List<Judgement> judgements) {
        Map<String, List<Judgement>> byKind = new LinkedHashMap<>();
        for (Judgement j : judgements) {
            byKind.computeIfAbsent(j.kind(), k -> new ArrayList<>()).add(j);
        }
        Random random = new Random(RelevanceCatalog.SEED);
        List<Judgement> training = new ArrayList<>();
        List<Judgement> heldOut = new ArrayList<>();
        for (List<Judgement> kind : byKind.values()) {
            List<Judgement> shuffled = new ArrayList<>(kind);
            Collections.shuffle(shuffled, random);
            for (int i = 0; i < shuffled.size(); i++) {
                (i % 2 == 0 ? training : heldOut).add(shuffled.get(i));
            }
        }
        return Map.of("train", training, "heldout", heldOut);
    }

    /** Writes catalog.tsv, train.tsv and heldout.tsv into the folder given (default: the test resources). */
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "src/test/resources/" + FOLDER);
        Files.createDirectories(folder);
        List<RelevanceProduct> catalog = RelevanceCatalog.generate();
        for (RelevanceProduct p : catalog) {
            for (RelevanceProduct.Spec spec : p.specList()) {
                if (spec.values().size() != new HashSet<>(spec.values()).size()) {
                    throw new IllegalStateException("a spec value twice: " + p.id() + " " + p.specs());
                }
            }
        }
        List<String> lines = new ArrayList<>(List.of(RelevanceProduct.HEADER));
        catalog.forEach(p -> lines.add(p.toTsv()));
        Files.write(folder.resolve("catalog.tsv"), lines, StandardCharsets.UTF_8);
        Map<String, List<Judgement>> halves = split(judgements(catalog));
        for (var half : halves.entrySet()) {
            List<String> out = new ArrayList<>(List.of(Judgement.HEADER));
            half.getValue().forEach(j -> out.add(j.toTsv()));
            Files.write(folder.resolve(half.getKey() + ".tsv"), out, StandardCharsets.UTF_8);
        }
        System.out.printf(
                "%d products, %d training and %d held-out queries in %s%n",
                catalog.size(),
                halves.get("train").size(),
                halves.get("heldout").size(),
                folder);
    }
}
