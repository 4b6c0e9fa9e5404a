package com.ks.platform.catalog;

import com.ks.platform.shared.ModuleHook;
import com.ks.platform.shared.RuleViolated;
import com.ks.platform.shared.StatementPipeline;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stock is taken when an order is placed and given back when it is cancelled — never when a line sits in a cart. Each
 * SKU is decremented by one conditional update ({@code stock >= quantity}), so concurrent buyers can never drive it
 * below zero on any database; SKUs are updated in id order so two orders over the same SKUs cannot deadlock. Both
 * methods join the caller's transaction (an order and its stock commit or roll back together).
 */
@Service
public class StockReservations {

    private final StockRepository stock;
    private final SoldOutHints hints;

    StockReservations(StockRepository stock, SoldOutHints hints) {
        this.stock = stock;
        this.hints = hints;
    }

    /**
     * Adds the stock updates to the caller's statements, so they travel with its writes (placing an order costs one
     * round trip for both). Every quantity is taken or none: when the pipeline runs, the first SKU short of stock
     * aborts it with {@link SoldOut}.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    @ModuleHook
    public void reserve(StatementPipeline pipeline, Map<UUID, Integer> quantities) {
        SortedMap<UUID, Integer> ordered = validated(quantities);
        List<UUID> ranOut = new ArrayList<>();
        ordered.forEach((skuId, quantity) -> pipeline.add(stock.take(skuId, quantity), left -> {
            if (left.isEmpty()) {
                throw new SoldOut(skuId);
            }
            if (left.get(0).get(0, Integer.class) == 0) {
                ranOut.add(skuId);
            }
        }));
        pipeline.afterwards(() -> {
            if (!ranOut.isEmpty()) {
                stock.refreshSoldOutProducts(ranOut);
            }
        });
    }

    /** Gives reserved quantities back (cancelled or timed-out orders). */
    @Transactional(propagation = Propagation.MANDATORY)
    @ModuleHook
    public void release(Map<UUID, Integer> quantities) {
        SortedMap<UUID, Integer> ordered = validated(quantities);
        ordered.forEach(stock::giveBack);
        hints.clear(ordered.keySet());
        stock.refreshRestockedProducts(ordered.keySet());
    }

    private static SortedMap<UUID, Integer> validated(Map<UUID, Integer> quantities) {
        if (quantities.isEmpty()) {
            throw new RuleViolated("error.stock.nothing");
        }
        SortedMap<UUID, Integer> ordered = new TreeMap<>(quantities);
        if (ordered.values().stream().anyMatch(q -> q == null || q < 1)) {
            throw new RuleViolated("error.stock.quantity");
        }
        return ordered;
    }

    /** A SKU has less stock than asked for (or is no longer for sale). */
    public static final class SoldOut extends RuleViolated {

        private final UUID skuId;

        SoldOut(UUID skuId) {
            super("error.stock.soldOut");
            this.skuId = skuId;
        }

        public UUID skuId() {
            return skuId;
        }
    }
}
