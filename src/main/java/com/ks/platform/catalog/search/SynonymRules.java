package com.ks.platform.catalog.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * A synonym dictionary in Solr's format, parsed twice — for the Chinese-word analysis and for the English one — plus
 * the plain word groups that category intent and pinyin suggestions look words up in.
 */
record SynonymRules(String text, SynonymMap words, SynonymMap english, Map<String, Set<String>> groups) {

    static final String SHIPPED = "/search/synonyms.txt";
    static final int MAX_CHARS = 500_000;

    static SynonymRules shipped() {
        try (InputStream in = SynonymRules.class.getResourceAsStream(SHIPPED)) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Invalid e) {
            throw new IllegalStateException("The shipped synonym dictionary is invalid at line " + e.line, e);
        }
    }

    /** Parses the whole text or refuses it with the first bad line; nothing is half applied. */
    static SynonymRules parse(String text) throws Invalid {
        if (text.length() > MAX_CHARS) {
            throw new Invalid(0, "too long");
        }
        try (Analyzer wordsAnalyzer = SearchAnalysis.wordsAnalyzer();
                Analyzer englishAnalyzer = SearchAnalysis.englishRulesAnalyzer()) {
            SynonymMap words = build(text, wordsAnalyzer);
            SynonymMap english = build(text, englishAnalyzer);
            return new SynonymRules(text, words, english, groups(text));
        }
    }

    /**
     * Joining marks inside words ("t-shirt") become spaces: the Chinese analysis drops them as punctuation and would
     * leave a gap the parser refuses.
     */
    private static String joinersAsSpaces(String text) {
        return text.replaceAll("(?<=\\p{L})[-‐_·/.](?=\\p{L})", " ");
    }

    private static SynonymMap build(String text, Analyzer analyzer) throws Invalid {
        try {
            SolrSynonymParser parser = new SolrSynonymParser(true, true, analyzer);
            parser.parse(new StringReader(joinersAsSpaces(text)));
            return parser.build();
        } catch (ParseException | IOException | RuntimeException e) {
            throw firstBadLine(text, analyzer, e);
        }
    }

    /** The parser names no line for every kind of error: parse line by line to find it. */
    private static Invalid firstBadLine(String text, Analyzer analyzer, Exception whole) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            try {
                SolrSynonymParser one = new SolrSynonymParser(true, true, analyzer);
                one.parse(new StringReader(joinersAsSpaces(lines[i])));
                one.build();
            } catch (Exception e) {
                return new Invalid(i + 1, lines[i].strip());
            }
        }
        return new Invalid(1, String.valueOf(whole.getMessage()));
    }

    /** Each word (lower case) to the words of every rule it appears in, itself included. */
    private static Map<String, Set<String>> groups(String text) {
        Map<String, Set<String>> groups = new HashMap<>();
        for (String line : text.split("\n")) {
            String rule = line.strip();
            int comment = rule.indexOf('#');
            if (comment >= 0) {
                rule = rule.substring(0, comment).strip();
            }
            if (rule.isEmpty()) {
                continue;
            }
            List<String> members = List.of(rule.replace("=>", ",").split(",")).stream()
                    .map(w -> w.strip().toLowerCase(Locale.ROOT))
                    .filter(w -> !w.isEmpty())
                    .toList();
            for (String member : members) {
                groups.computeIfAbsent(member, k -> new LinkedHashSet<>()).addAll(members);
            }
        }
        return groups;
    }

    Set<String> equivalents(String word) {
        return groups.getOrDefault(word.toLowerCase(Locale.ROOT), Set.of());
    }

    /** A rule the parser refused, with its line number (1-based). */
    static final class Invalid extends Exception {
        final int line;
        final String content;

        Invalid(int line, String content) {
            super("Invalid synonym rule at line " + line + ": " + content);
            this.line = line;
            this.content = content;
        }
    }
}
