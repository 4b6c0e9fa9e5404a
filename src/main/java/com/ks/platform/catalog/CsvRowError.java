package com.ks.platform.catalog;

/** One problem of an imported CSV: the line in the file (1 = header; 0 = the file as a whole), the column, why. */
public record CsvRowError(int row, String field, String messageKey) {}
