package com.ks.platform.catalog;

import java.util.List;

/** A merchant's product as entered: up to two spec dimensions and one SKU per combination. Prices in fen. */
public record NewProduct(
        String categoryCode,
        String title,
        String subtitle,
        String brand,
        String descriptionHtml,
        List<String> images,
        String spec1Name,
        String spec2Name,
        List<NewSku> skus,
        int perOrderLimit,
        boolean returnable7d,
        ReturnExclusion returnExclusion,
        boolean freeShipping) {

    public record NewSku(
            String skuCode, String spec1Value, String spec2Value, long priceFen, int stock, String imageRef) {}
}
