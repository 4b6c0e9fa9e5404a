package com.ks.platform.ordering;

import com.ks.platform.shared.ModuleHook;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A module hook, not a door for people: who received a product (an order with it delivered or completed), for the
 * community's 问大家 — only buyers answer questions about a product, and buyers are invited to. The caller decides whose
 * account it asks about (the signed-in shopper) and shows no account id to anyone.
 */
@Service
public class ProductBuyers {

    public static final int MAX_INVITED = 50;

    private final BuyerRepository buyers;

    ProductBuyers(BuyerRepository buyers) {
        this.buyers = buyers;
    }

    @Transactional(propagation = Propagation.MANDATORY, readOnly = true)
    @ModuleHook
    public boolean received(UUID accountId, UUID productId) {
        return buyers.received(accountId, productId);
    }

    /** The product's most recent buyers who received it, each once, newest first, at most {@code limit}. */
    @Transactional(propagation = Propagation.MANDATORY, readOnly = true)
    @ModuleHook
    public List<UUID> recentBuyers(UUID productId, int limit) {
        return buyers.recentBuyers(productId, Math.clamp(limit, 1, MAX_INVITED));
    }
}
