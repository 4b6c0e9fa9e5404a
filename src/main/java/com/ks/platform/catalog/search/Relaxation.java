package com.ks.platform.catalog.search;

/**
 * One step search took because the query as typed found nothing, in the order taken: filters dropped, the spelling
 * read another way ({@code detail}: what was searched instead), words left out ({@code detail}: those words), and
 * finally popular products instead of matches.
 */
public record Relaxation(Kind kind, String detail) {

    public enum Kind {
        FILTERS_DROPPED,
        SPELLING,
        WORDS_DROPPED,
        POPULAR
    }
}
