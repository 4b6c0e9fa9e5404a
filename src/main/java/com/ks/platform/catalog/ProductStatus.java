package com.ks.platform.catalog;

public enum ProductStatus {
    DRAFT,
    PUBLISHED,
    UNPUBLISHED
}
