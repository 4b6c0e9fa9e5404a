package com.ks.platform.catalog;

import java.util.List;
import java.util.Set;

/** The columns of the product CSV, the same for export and import; rows of one product share its title. */
final class ProductCsvColumns {

    static final String TITLE = "title";
    static final String CATEGORY = "category_code";
    static final String BRAND = "brand";
    static final String SUBTITLE = "subtitle";
    static final String SPEC1_NAME = "spec1_name";
    static final String SPEC1_VALUE = "spec1_value";
    static final String SPEC2_NAME = "spec2_name";
    static final String SPEC2_VALUE = "spec2_value";
    static final String SKU_CODE = "sku_code";
    static final String PRICE = "price_yuan";
    static final String STOCK = "stock";
    /** Exported for the merchant's information; an import always creates drafts. */
    static final String STATUS = "status";

    static final List<String> ALL = List.of(
            TITLE,
            CATEGORY,
            BRAND,
            SUBTITLE,
            SPEC1_NAME,
            SPEC1_VALUE,
            SPEC2_NAME,
            SPEC2_VALUE,
            SKU_CODE,
            PRICE,
            STOCK,
            STATUS);
    static final Set<String> REQUIRED = Set.of(TITLE, CATEGORY, SKU_CODE, PRICE, STOCK);
    /** Facts of the product, not of the SKU: every row of one title must agree on them. */
    static final List<String> PRODUCT_LEVEL = List.of(CATEGORY, BRAND, SUBTITLE, SPEC1_NAME, SPEC2_NAME);

    private ProductCsvColumns() {}
}
