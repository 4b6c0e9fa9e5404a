package com.ks.platform.ordering;

import com.ks.jooq.tables.records.OrderingCheckoutRecord;
import com.ks.jooq.tables.records.OrderingOrderLineRecord;
import com.ks.jooq.tables.records.OrderingOrderRecord;
import com.ks.platform.cart.CartService;
import com.ks.platform.catalog.SoldOutHints;
import com.ks.platform.catalog.StockReservations;
import com.ks.platform.identity.AddressDetails;
import com.ks.platform.identity.AddressQueries;
import com.ks.platform.identity.Roles;
import com.ks.platform.shared.CurrentActor;
import com.ks.platform.shared.DomainException;
import com.ks.platform.shared.Ids;
import com.ks.platform.shared.NotFound;
import com.ks.platform.shared.RuleViolated;
import com.ks.platform.shared.StatementPipeline;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The shopper's commands on orders. Placing a checkout prices it from the database, reserves stock and writes one order
 * per shop in one transaction — all or nothing — and is idempotent on the checkout id.
 */
@Service
public class OrderingService {

    private final OrderRepository orders;
    private final OrderLifecycle lifecycle;
    private final CheckoutQuotes quotes;
    private final AddressQueries addresses;
    private final StockReservations stock;
    private final CartService cart;
    private final PaymentTimeout paymentTimeout;
    private final SoldOutHints soldOut;
    private final RecentCheckouts recentCheckouts;
    private final PlacementAdmission admission;
    private final CheckoutBenefits benefits;
    private final TransactionTemplate transactions;
    private final Clock clock;

    OrderingService(
            OrderRepository orders,
            OrderLifecycle lifecycle,
            CheckoutQuotes quotes,
            AddressQueries addresses,
            StockReservations stock,
            CartService cart,
            PaymentTimeout paymentTimeout,
            SoldOutHints soldOut,
            RecentCheckouts recentCheckouts,
            PlacementAdmission admission,
            CheckoutBenefits benefits,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.orders = orders;
        this.lifecycle = lifecycle;
        this.quotes = quotes;
        this.addresses = addresses;
        this.stock = stock;
        this.cart = cart;
        this.paymentTimeout = paymentTimeout;
        this.soldOut = soldOut;
        this.recentCheckouts = recentCheckouts;
        this.admission = admission;
        this.benefits = benefits;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /**
     * Places the checkout, or answers the orders already placed under its id (a double click, a retry, a second tab).
     * Refused, with nothing written, when a line is sold out, unavailable, over its limit or priced differently from
     * what the shopper was shown ({@link CheckoutRefused}).
     */
    @PreAuthorize(Roles.IS_SHOPPER)
    public PlacedCheckout place(PlaceOrder command) {
        UUID accountId = CurrentActor.requireAccountId();
        if (command == null || command.checkoutId() == null || command.origin() == null) {
            throw new RuleViolated("error.checkout.incomplete");
        }
        if (command.addressId() == null) {
            throw new RuleViolated("error.checkout.address");
        }
        if (command.paymentMethod() == null) {
            throw new RuleViolated("error.checkout.paymentMethod");
        }
        CheckoutQuotes.validate(command.items(), command.delivery());
        if (command.remarks().values().stream()
                .anyMatch(remark -> remark != null && remark.length() > PlaceOrder.MAX_REMARK)) {
            throw new RuleViolated("error.checkout.remark", PlaceOrder.MAX_REMARK);
        }
        if (command.benefitIds().size() > PlaceOrder.MAX_BENEFITS) {
            throw new RuleViolated("error.checkout.benefits");
        }
        refuseKnownSoldOut(command);
        try {
            // one transaction (one pooled connection) per placement; a checkout placed before is recognised by its id
            // (the primary key) rather than looked up first, which saves every placement a round trip
            return admission.run(() -> transactions.execute(tx -> {
                AddressDetails address;
                CheckoutQuote quote;
                try {
                    address = addresses.mine(command.addressId());
                    quote = quotes.quote(
                            command.items(), command.delivery(), BenefitChoice.exactly(command.benefitIds()));
                    if (!quote.placeable()) {
                        throw new CheckoutRefused(quote.issues());
                    }
                } catch (DomainException refused) {
                    // nothing written yet: a retry of a checkout placed before is answered its orders even when stock
                    // or the address has gone since — looked up on the same connection, so a refused buyer does not
                    // queue twice (a refusal after the writes means the checkout id was new)
                    return placedBefore(command.checkoutId(), accountId).orElseThrow(() -> refused);
                }
                return placeNew(command, accountId, address, quote);
            }));
        } catch (DuplicateKeyException concurrentTwin) {
            // the checkout id is taken: a second tab or a concurrent twin committed first (the failed insert ended
            // this transaction, so the orders are read in a new one)
            return admission
                    .run(() -> transactions.execute(tx -> placedBefore(command.checkoutId(), accountId)))
                    .orElseThrow(() -> concurrentTwin);
        }
    }

    /**
     * A line whose SKU this node saw at zero stock a moment ago is refused before a database connection is taken (a
     * flash sale's late arrivals) — unless this node placed this very checkout recently, whose retry must answer its
     * orders.
     */
    private void refuseKnownSoldOut(PlaceOrder command) {
        if (recentCheckouts.placedHere(command.checkoutId())) {
            return;
        }
        for (PlaceOrder.Item item : command.items()) {
            soldOut.soldOut(item.skuId()).ifPresent(title -> {
                throw new CheckoutRefused(
                        List.of(new CheckoutQuote.Issue(item.skuId(), title, CheckoutQuote.Issue.Kind.SOLD_OUT, 0, 0)));
            });
        }
    }

    private Optional<PlacedCheckout> placedBefore(UUID checkoutId, UUID accountId) {
        return orders.findCheckout(checkoutId).map(checkout -> {
            if (!checkout.getAccountId().equals(accountId)) {
                throw new NotFound("error.checkout.notFound");
            }
            List<UUID> ids = orders.ofCheckout(checkoutId).stream()
                    .map(OrderingOrderRecord::getId)
                    .toList();
            return new PlacedCheckout(checkoutId, ids, checkout.getTotalFen(), true);
        });
    }

    private PlacedCheckout placeNew(PlaceOrder command, UUID accountId, AddressDetails address, CheckoutQuote quote) {
        Instant now = clock.instant();
        OrderingCheckoutRecord checkout = new OrderingCheckoutRecord();
        checkout.setId(command.checkoutId());
        checkout.setAccountId(accountId);
        checkout.setOrigin(command.origin().name());
        checkout.setPaymentMethod(command.paymentMethod().name());
        checkout.setTotalFen(quote.totalFen());
        checkout.setPlacedAt(now);
        List<OrderRepository.NewOrder> newOrders = new ArrayList<>();
        var actor = new OrderRepository.Actor(accountId, "SHOPPER");
        for (CheckoutQuote.ShopQuote shop : quote.shops()) {
            OrderingOrderRecord order = order(command, accountId, address, shop, now);
            newOrders.add(new OrderRepository.NewOrder(
                    order,
                    lines(order.getId(), shop),
                    OrderRepository.event(order.getId(), null, OrderStatus.PENDING_PAYMENT, actor, null, now)));
        }
        StatementPipeline writes = orders.placement(checkout, newOrders);
        List<UUID> orderIds = newOrders.stream().map(o -> o.order().getId()).toList();

        Map<UUID, Integer> quantities = new LinkedHashMap<>();
        command.items().forEach(item -> quantities.put(item.skuId(), item.quantity()));
        if (command.origin() == CheckoutOrigin.CART) {
            cart.removeOrdered(writes, quantities.keySet());
        }
        // the contended step comes last: a SKU's row stays locked only from its update to the commit, so buyers of the
        // same SKU queue for milliseconds, not for the whole placement (a refusal still rolls everything back); the
        // cart and stock updates travel with the order's writes, one round trip for all
        stock.reserve(writes, quantities);
        writes.execute();
        // after the stock: a coupon row stays locked only from here to the commit; a coupon a parallel checkout took
        // meanwhile refuses this one and rolls it all back
        benefits.redeem(command.checkoutId(), redemptions(quote, newOrders));
        recentCheckouts.placed(command.checkoutId());
        return new PlacedCheckout(command.checkoutId(), orderIds, quote.totalFen(), false);
    }

    /** What each benefit took off each order: its line shares of the order's SKUs plus its share of the shipping. */
    private static List<CheckoutBenefits.Redemption> redemptions(
            CheckoutQuote quote, List<OrderRepository.NewOrder> newOrders) {
        Map<UUID, UUID> orderOfShop = new LinkedHashMap<>();
        newOrders.forEach(
                o -> orderOfShop.put(o.order().getMerchantId(), o.order().getId()));
        Map<UUID, UUID> shopOfSku = new LinkedHashMap<>();
        quote.shops().forEach(shop -> shop.lines().forEach(line -> shopOfSku.put(line.skuId(), shop.merchantId())));
        List<CheckoutBenefits.Redemption> redemptions = new ArrayList<>();
        for (BenefitPlan.Applied applied : quote.benefits().applied()) {
            Map<UUID, Long> perShop = new LinkedHashMap<>();
            applied.lineShares().forEach((sku, fen) -> perShop.merge(shopOfSku.get(sku), fen, Long::sum));
            applied.shippingShares().forEach((shop, fen) -> perShop.merge(shop, fen, Long::sum));
            perShop.forEach((shop, fen) ->
                    redemptions.add(new CheckoutBenefits.Redemption(applied.benefitId(), orderOfShop.get(shop), fen)));
            if (perShop.isEmpty()) {
                redemptions.add(new CheckoutBenefits.Redemption(
                        applied.benefitId(), newOrders.getFirst().order().getId(), 0));
            }
        }
        return redemptions;
    }

    private OrderingOrderRecord order(
            PlaceOrder command, UUID accountId, AddressDetails address, CheckoutQuote.ShopQuote shop, Instant now) {
        OrderingOrderRecord order = new OrderingOrderRecord();
        order.setId(Ids.newId());
        order.setOrderNo(OrderNumbers.next(now));
        order.setCheckoutId(command.checkoutId());
        order.setAccountId(accountId);
        order.setMerchantId(shop.merchantId());
        order.setStoreName(shop.storeName());
        order.setStatus(OrderStatus.PENDING_PAYMENT.name());
        order.setItemsFen(shop.itemsFen());
        order.setShippingFen(shop.shippingFen());
        order.setDiscountFen(shop.discountFen());
        order.setTotalFen(shop.totalFen());
        order.setDeliveryOption(command.delivery().name());
        order.setPaymentMethod(command.paymentMethod().name());
        order.setRecipient(address.recipient());
        order.setMobile(address.mobile());
        order.setDistrictCode(address.districtCode());
        order.setRegionText(address.regionText());
        order.setAddressDetail(address.detail());
        order.setBuyerRemark(command.remarkFor(shop.merchantId()));
        order.setPlacedAt(now);
        order.setPayDeadline(now.plus(paymentTimeout.current()));
        order.setUpdatedAt(now);
        return order;
    }

    /**
     * Lines with the shop's shipping allocated in proportion to their amounts (remainder on the last); each line's
     * discount is what the benefits allocated to it plus the same share of a shipping discount, so a line's payable
     * amount is what the shopper paid for it (refunds follow it).
     */
    private static List<OrderingOrderLineRecord> lines(UUID orderId, CheckoutQuote.ShopQuote shop) {
        List<OrderingOrderLineRecord> lines = new ArrayList<>();
        long[] shipping = Allocation.split(
                shop.shippingFen(),
                shop.lines().stream()
                        .mapToLong(CheckoutQuote.LineQuote::amountFen)
                        .toArray());
        long[] shippingDiscount = Allocation.split(
                shop.shippingDiscountFen(),
                shop.lines().stream()
                        .mapToLong(CheckoutQuote.LineQuote::amountFen)
                        .toArray());
        for (int i = 0; i < shop.lines().size(); i++) {
            CheckoutQuote.LineQuote quoted = shop.lines().get(i);
            OrderingOrderLineRecord line = new OrderingOrderLineRecord();
            line.setId(Ids.newId());
            line.setOrderId(orderId);
            line.setSkuId(quoted.skuId());
            line.setSkuCode(quoted.skuCode());
            line.setProductId(quoted.productId());
            line.setTitle(quoted.title());
            line.setSpecText(quoted.specText());
            line.setImageRef(quoted.imageRef());
            line.setUnitPriceFen(quoted.unitPriceFen());
            line.setQuantity(quoted.quantity());
            line.setShippingShareFen(shipping[i]);
            long discount = quoted.discountFen() + shippingDiscount[i];
            line.setDiscountShareFen(discount);
            line.setPayableFen(quoted.amountFen() + shipping[i] - discount);
            lines.add(line);
        }
        return lines;
    }

    /** Cancels the shopper's own order before it ships; the stock goes back, a paid order is refunded. */
    @PreAuthorize(Roles.IS_SHOPPER)
    @Transactional
    public void cancel(UUID orderId, CancelReason reason) {
        if (reason == null) {
            throw new RuleViolated("error.order.cancelReason");
        }
        UUID accountId = CurrentActor.requireAccountId();
        OrderingOrderRecord order = mine(orderId, accountId);
        if (!OrderStatus.valueOf(order.getStatus()).cancellable()) {
            throw new RuleViolated("error.order.notCancellable");
        }
        lifecycle.move(order, OrderStatus.CANCELLED, new OrderRepository.Actor(accountId, "SHOPPER"), reason.name());
    }

    /** The shopper confirms the parcel arrived: a shipped or delivered order completes. */
    @PreAuthorize(Roles.IS_SHOPPER)
    @Transactional
    public void confirmReceipt(UUID orderId) {
        UUID accountId = CurrentActor.requireAccountId();
        OrderingOrderRecord order = mine(orderId, accountId);
        var actor = new OrderRepository.Actor(accountId, "SHOPPER");
        OrderStatus status = OrderStatus.valueOf(order.getStatus());
        if (status != OrderStatus.SHIPPED && status != OrderStatus.DELIVERED) {
            throw new RuleViolated("error.order.notReceivable");
        }
        if (status == OrderStatus.SHIPPED) {
            lifecycle.move(order, OrderStatus.DELIVERED, actor, "CONFIRMED_BY_SHOPPER");
        }
        lifecycle.move(order, OrderStatus.COMPLETED, actor, "CONFIRMED_BY_SHOPPER");
    }

    /**
     * Puts the order's SKUs back in the cart ("buy again"); lines no longer for sale are skipped. Each line is its own
     * cart command (no surrounding transaction), so one refused line does not undo the others.
     */
    @PreAuthorize(Roles.IS_SHOPPER)
    public int buyAgain(UUID orderId) {
        UUID accountId = CurrentActor.requireAccountId();
        OrderingOrderRecord order = mine(orderId, accountId);
        int added = 0;
        for (OrderingOrderLineRecord line : orders.lines(List.of(order.getId()))) {
            try {
                cart.add(line.getSkuId(), line.getQuantity());
                added++;
            } catch (RuleViolated | NotFound unavailable) {
                // sold out or withdrawn since: the shopper sees what could be added
            }
        }
        return added;
    }

    private OrderingOrderRecord mine(UUID orderId, UUID accountId) {
        if (orderId == null) {
            throw new NotFound("error.order.notFound");
        }
        return orders.findOfAccount(orderId, accountId).orElseThrow(() -> new NotFound("error.order.notFound"));
    }
}
