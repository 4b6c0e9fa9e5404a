package com.ks.platform.catalog;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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

    /**
     * One SKU as entered. On an edit, {@code stockSeen} is the stock the merchant started from: only the difference
     * is applied, so units sold while the editor was open are not typed back ({@code null}: the stock is set as
     * given). Creating ignores it.
     */
    public record NewSku(
            String skuCode,
            String spec1Value,
            String spec2Value,
            long priceFen,
            int stock,
            String imageRef,
            Integer stockSeen) {

        public NewSku(String skuCode, String spec1Value, String spec2Value, long priceFen, int stock, String imageRef) {
            this(skuCode, spec1Value, spec2Value, priceFen, stock, imageRef, null);
        }

        /** The combination that identifies the SKU within its product ("红色 / M"), empty for a single SKU. */
        public String specLabel() {
            return NewProduct.specLabel(spec1Value, spec2Value);
        }
    }

    /** A copy whose SKUs all show the given picture. */
    public NewProduct withSkuImages(String imageRef) {
        List<NewSku> pictured = skus == null
                ? null
                : skus.stream()
                        .map(s -> new NewSku(
                                s.skuCode(),
                                s.spec1Value(),
                                s.spec2Value(),
                                s.priceFen(),
                                s.stock(),
                                imageRef,
                                s.stockSeen()))
                        .toList();
        return new NewProduct(
                categoryCode,
                title,
                subtitle,
                brand,
                descriptionHtml,
                images,
                spec1Name,
                spec2Name,
                pictured,
                perOrderLimit,
                returnable7d,
                returnExclusion,
                freeShipping);
    }

    public static String specLabel(String spec1Value, String spec2Value) {
        return Stream.of(spec1Value, spec2Value)
                .filter(v -> v != null && !v.isBlank())
                .collect(Collectors.joining(" / "));
    }
}
