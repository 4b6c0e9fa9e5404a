package com.ks.platform.engagement;

import com.ks.platform.merchant.BusinessCategory;
import java.util.UUID;

/** A shop the shopper saved (收藏店铺); {@code open} is false once it has no storefront page any more. */
public record FavouriteShop(UUID merchantId, String storeName, BusinessCategory category, boolean open) {}
