package com.ks.platform.catalog;

/** What a successful import created, all as drafts. */
public record CsvImportResult(int products, int skus) {}
