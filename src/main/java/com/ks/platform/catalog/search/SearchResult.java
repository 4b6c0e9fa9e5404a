package com.ks.platform.catalog.search;

import com.ks.platform.catalog.ProductCard;
import java.util.List;

/** One page of hits with the total count for the whole query. */
public record SearchResult(int total, List<ProductCard> hits) {}
