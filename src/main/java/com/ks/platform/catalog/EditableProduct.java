package com.ks.platform.catalog;

import java.util.List;
import java.util.UUID;

/**
 * A saved product as its merchant edits it: every field as it is stored (the SKUs on sale, each with the stock seen
 * as {@code stockSeen}), and the SKUs taken off sale earlier, which come back when their combination is added again.
 */
public record EditableProduct(UUID id, ProductStatus status, NewProduct product, List<NewProduct.NewSku> retiredSkus) {}
