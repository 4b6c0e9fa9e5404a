package com.ks.platform.catalog.search;

import java.util.UUID;

/** A shopper's search: free text (any length or content), filters, sort and page. Prices in fen. */
public record SearchQuery(
        String text,
        String categoryCode,
        Long minPriceFen,
        Long maxPriceFen,
        UUID merchantId,
        Double minRating,
        boolean inStockOnly,
        SearchSort sort,
        int offset,
        int limit) {

    public static SearchQuery of(String text) {
        return new SearchQuery(text, null, null, null, null, null, false, SearchSort.RELEVANCE, 0, 20);
    }

    public SearchQuery page(int newOffset, int newLimit) {
        return new SearchQuery(
                text,
                categoryCode,
                minPriceFen,
                maxPriceFen,
                merchantId,
                minRating,
                inStockOnly,
                sort,
                newOffset,
                newLimit);
    }

    public enum SearchSort {
        RELEVANCE,
        PRICE_ASC,
        PRICE_DESC,
        SALES,
        NEWEST
    }
}
