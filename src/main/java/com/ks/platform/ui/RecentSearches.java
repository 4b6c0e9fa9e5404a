package com.ks.platform.ui;

import java.util.List;

/** The signed-in shopper's own recent searches, offered in the search box (only with their consent). */
public interface RecentSearches {

    List<String> mine(int limit);
}
