package com.ks.platform.catalog;

import com.ks.platform.merchant.MerchantQueries;
import com.ks.platform.shared.ModuleHook;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Current facts of SKUs by id, for the cart (and later checkout): price, stock, limit, and whether the product may
 * still be bought. Public catalog facts, so no role is needed; hidden products come back as unavailable, not absent.
 */
@Service
@Transactional(readOnly = true)
public class SkuOffers {

    private final SkuOfferRepository offers;
    private final MerchantQueries merchants;
    private final StoreNameCache storeNames;

    SkuOffers(SkuOfferRepository offers, MerchantQueries merchants, StoreNameCache storeNames) {
        this.offers = offers;
        this.merchants = merchants;
        this.storeNames = storeNames;
    }

    @ModuleHook
    public Optional<SkuOffer> find(UUID skuId) {
        return Optional.ofNullable(find(Set.of(skuId)).get(skuId));
    }

    /** Offers keyed by SKU id; ids of SKUs that never existed are missing from the map. */
    @ModuleHook
    public Map<UUID, SkuOffer> find(Collection<UUID> skuIds) {
        var found = offers.find(skuIds);
        Map<UUID, String> stores = storeNames.of(
                found.stream().map(SkuOffer::merchantId).collect(Collectors.toSet()), merchants::storeNames);
        return found.stream()
                .map(o -> new SkuOffer(
                        o.skuId(),
                        o.skuCode(),
                        o.productId(),
                        o.merchantId(),
                        stores.getOrDefault(o.merchantId(), ""),
                        o.title(),
                        o.spec1Name(),
                        o.spec1Value(),
                        o.spec2Name(),
                        o.spec2Value(),
                        o.imageRef(),
                        o.priceFen(),
                        o.stock(),
                        o.perOrderLimit(),
                        o.freeShipping(),
                        o.available()))
                .collect(Collectors.toMap(SkuOffer::skuId, Function.identity()));
    }
}
