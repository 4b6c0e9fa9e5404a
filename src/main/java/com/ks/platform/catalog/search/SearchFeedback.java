package com.ks.platform.catalog.search;

import java.util.Map;
import java.util.UUID;

/**
 * What shoppers chose after searching a text: the products clicked from its results, with how often. Implemented by
 * the module that records behaviour (engagement sits above catalog, so catalog defines the port); category intent
 * learns from it which categories a query means.
 */
public interface SearchFeedback {

    Map<UUID, Integer> productsChosenAfter(String query, int limit);
}
