package com.ks.platform.aftersales;

/** Complaints against one merchant in a period: how many were opened, and how many of those the platform upheld. */
public record ComplaintCounts(int opened, int upheld) {}
