/**
 * Product search: the Lucene index each node keeps in step with the catalog's revision column, its text analysis
 * (shared with the help centre's article index) and the search service for the storefront.
 */
@NamedInterface("search")
package com.ks.platform.catalog.search;

import org.springframework.modulith.NamedInterface;
