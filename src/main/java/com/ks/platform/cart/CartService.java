package com.ks.platform.cart;

import com.ks.jooq.tables.records.CartLineRecord;
import com.ks.platform.catalog.SkuOffer;
import com.ks.platform.catalog.SkuOffers;
import com.ks.platform.shared.BehaviourEvent;
import com.ks.platform.shared.Ids;
import com.ks.platform.shared.ModuleHook;
import com.ks.platform.shared.NotFound;
import com.ks.platform.shared.RuleViolated;
import com.ks.platform.shared.StatementPipeline;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shopper's (or visitor's) commands on their own cart. The owner always comes from the security context or the
 * visitor's session; a line id of someone else's cart answers NotFound. The cart never reserves stock: stock is
 * reserved when an order is placed, so an abandoned cart can never freeze it.
 */
@Service
public class CartService {

    /** A cart holds at most this many lines (a guard against scripted abuse; shoppers never get near it). */
    static final int MAX_LINES = 100;

    private final CartLineRepository lines;
    private final CartOwners owners;
    private final SkuOffers offers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CartService(
            CartLineRepository lines,
            CartOwners owners,
            SkuOffers offers,
            ApplicationEventPublisher events,
            Clock clock) {
        this.lines = lines;
        this.owners = owners;
        this.offers = offers;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Puts a SKU in the cart, adding to its line if it is there already. The line's total must stay within 1 ..
     * min(per-order limit, stock).
     */
    @Transactional
    @PreAuthorize("permitAll()")
    public UUID add(UUID skuId, int quantity) {
        CartOwner owner = owners.forChange(true);
        SkuOffer offer = buyable(offers.find(skuId));
        int max = offer.maxQuantity();
        if (quantity < 1 || quantity > max) {
            throw new RuleViolated("error.cart.quantityRange", max);
        }
        Instant now = clock.instant();
        UUID lineId = increaseOrInsert(owner, offer, quantity, max, now);
        events.publishEvent(BehaviourEvent.addToCart(offer.productId(), quantity));
        return lineId;
    }

    private UUID increaseOrInsert(CartOwner owner, SkuOffer offer, int quantity, int max, Instant now) {
        if (lines.increase(owner, offer, quantity, max, now)) {
            return lines.findBySku(owner, offer.skuId()).orElseThrow().getId();
        }
        Optional<CartLineRecord> existing = lines.findBySku(owner, offer.skuId());
        if (existing.isPresent()) {
            // The line may have been committed by a concurrent add between the two statements above (read
            // committed): try the conditional increase once more before calling it over the limit.
            if (lines.increase(owner, offer, quantity, max, now)) {
                return existing.get().getId();
            }
            throw new RuleViolated(
                    "error.cart.limitWithExisting", max, existing.get().getQuantity());
        }
        if (lines.count(owner) >= MAX_LINES) {
            throw new RuleViolated("error.cart.full", MAX_LINES);
        }
        UUID id = Ids.newId(clock);
        try {
            lines.insert(id, owner, offer, quantity, now);
            return id;
        } catch (DuplicateKeyException concurrentAdd) {
            // another request of the same owner inserted this SKU first (rolled back to the insert's savepoint)
            if (lines.increase(owner, offer, quantity, max, now)) {
                return lines.findBySku(owner, offer.skuId()).orElseThrow().getId();
            }
            int inCart = lines.findBySku(owner, offer.skuId())
                    .map(CartLineRecord::getQuantity)
                    .orElse(0);
            throw new RuleViolated("error.cart.limitWithExisting", max, inCart);
        }
    }

    @Transactional
    @PreAuthorize("permitAll()")
    public void changeQuantity(UUID lineId, int quantity) {
        CartOwner owner = owners.forChange(false);
        CartLineRecord line = lines.find(owner, lineId).orElseThrow(CartService::lineNotFound);
        SkuOffer offer = buyable(offers.find(line.getSkuId()));
        int max = offer.maxQuantity();
        if (quantity < 1 || quantity > max) {
            throw new RuleViolated("error.cart.quantityRange", max);
        }
        lines.setQuantity(owner, lineId, quantity, clock.instant());
    }

    @Transactional
    @PreAuthorize("permitAll()")
    public void remove(UUID lineId) {
        if (!lines.delete(owners.forChange(false), lineId)) {
            throw lineNotFound();
        }
    }

    /**
     * Takes the SKUs just ordered out of the signed-in shopper's cart with the order's writes (a failed order keeps its
     * cart lines).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    @ModuleHook
    public void removeOrdered(StatementPipeline orderWrites, Collection<UUID> skuIds) {
        if (!skuIds.isEmpty()) {
            orderWrites.add(lines.deleteSkus(owners.forChange(false), skuIds));
        }
    }

    /** Marks a line for checkout; a line that cannot be bought now cannot be selected. */
    @Transactional
    @PreAuthorize("permitAll()")
    public void select(UUID lineId, boolean selected) {
        CartOwner owner = owners.forChange(false);
        CartLineRecord line = lines.find(owner, lineId).orElseThrow(CartService::lineNotFound);
        if (selected) {
            buyable(offers.find(line.getSkuId()));
        }
        lines.setSelected(owner, List.of(lineId), selected, clock.instant());
    }

    /** Selects (or clears) every buyable line of one shop: the shop's select-all box. */
    @Transactional
    @PreAuthorize("permitAll()")
    public void selectMerchant(UUID merchantId, boolean selected) {
        CartOwner owner = owners.forChange(false);
        selectWhere(
                owner,
                lines.lines(owner).stream()
                        .filter(l -> l.getMerchantId().equals(merchantId))
                        .toList(),
                selected);
    }

    /** Selects (or clears) every buyable line: the bottom bar's select-all box. */
    @Transactional
    @PreAuthorize("permitAll()")
    public void selectAll(boolean selected) {
        CartOwner owner = owners.forChange(false);
        selectWhere(owner, lines.lines(owner), selected);
    }

    private void selectWhere(CartOwner owner, List<CartLineRecord> candidates, boolean selected) {
        Map<UUID, SkuOffer> current =
                offers.find(candidates.stream().map(CartLineRecord::getSkuId).toList());
        List<UUID> ids = candidates.stream()
                .filter(l -> !selected || isBuyable(current.get(l.getSkuId())))
                .map(CartLineRecord::getId)
                .toList();
        lines.setSelected(owner, ids, selected, clock.instant());
    }

    /**
     * Moves a visitor's cart into the account that just signed in: the same SKU's quantities add up, capped by the
     * per-order limit and stock; other lines move over as they are. Called by {@link CartSignInListener} with the
     * principal of the successful sign-in (the security context is not yet set at that moment).
     */
    @Transactional
    void mergeVisitorCart(UUID visitorCartId, UUID accountId) {
        CartOwner visitor = CartOwner.visitor(visitorCartId);
        CartOwner account = CartOwner.account(accountId);
        Instant now = clock.instant();
        List<CartLineRecord> visitorLines = lines.lines(visitor);
        Map<UUID, SkuOffer> current =
                offers.find(visitorLines.stream().map(CartLineRecord::getSkuId).toList());
        for (CartLineRecord line : visitorLines) {
            Optional<CartLineRecord> existing = lines.findBySku(account, line.getSkuId());
            if (existing.isEmpty()) {
                lines.moveToAccount(line.getId(), accountId, now);
                continue;
            }
            SkuOffer offer = current.get(line.getSkuId());
            int sum = existing.get().getQuantity() + line.getQuantity();
            int cap = offer == null ? sum : Math.max(1, Math.min(offer.perOrderLimit(), Math.max(offer.stock(), 1)));
            lines.mergeInto(existing.get().getId(), Math.min(sum, cap), line.getPriceSeenFen(), now);
            lines.delete(visitor, line.getId());
        }
    }

    private static SkuOffer buyable(Optional<SkuOffer> offer) {
        SkuOffer found =
                offer.filter(SkuOffer::available).orElseThrow(() -> new RuleViolated("error.cart.productUnavailable"));
        if (found.maxQuantity() < 1) {
            throw new RuleViolated("error.cart.soldOut");
        }
        return found;
    }

    static boolean isBuyable(SkuOffer offer) {
        return offer != null && offer.available() && offer.maxQuantity() >= 1;
    }

    private static NotFound lineNotFound() {
        return new NotFound("error.cart.lineNotFound");
    }
}
