package com.ks.platform.catalog;

import java.util.List;

/** One page of hits with the total count for the whole query. */
public record SearchResult(int total, List<ProductCard> hits) {}
