package com.ks.platform.compliance;

import java.util.UUID;

/** A merchant's grade fell below the alert line; published in the rating's transaction (an audit task follows). */
public record RatingFell(UUID merchantId, String grade, int score) {}
