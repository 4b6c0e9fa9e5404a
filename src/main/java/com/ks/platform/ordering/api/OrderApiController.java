package com.ks.platform.ordering.api;

import com.ks.platform.cart.CartQueries;
import com.ks.platform.ordering.CancelReason;
import com.ks.platform.ordering.CheckoutOrigin;
import com.ks.platform.ordering.DeliveryOption;
import com.ks.platform.ordering.OrderDetails;
import com.ks.platform.ordering.OrderQueries;
import com.ks.platform.ordering.OrderSummary;
import com.ks.platform.ordering.OrderTab;
import com.ks.platform.ordering.OrderingService;
import com.ks.platform.ordering.PaymentMethod;
import com.ks.platform.ordering.PlaceOrder;
import com.ks.platform.ordering.PlacedCheckout;
import com.ks.platform.shared.CurrentActor;
import com.ks.platform.shared.Paging;
import com.ks.platform.shared.RuleViolated;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The shopper's orders over the API, through the same services as the storefront: place (idempotent on the checkout
 * id or the {@code Idempotency-Key} header), list, read, cancel. Errors are RFC 9457 problems.
 */
@RestController
@RequestMapping("/api/v1/orders")
@Tag(name = "Orders", description = "Place and follow the signed-in shopper's orders")
class OrderApiController {

    /** The deepest a client can page into its order list (page × size). */
    static final int MAX_OFFSET = 10_000;

    private final OrderingService ordering;
    private final OrderQueries orders;
    private final CartQueries cart;

    OrderApiController(OrderingService ordering, OrderQueries orders, CartQueries cart) {
        this.ordering = ordering;
        this.orders = orders;
        this.cart = cart;
    }

    @PostMapping
    @Operation(
            summary = "Place a checkout (one order per shop)",
            description = "Either items or fromCart=true (the cart's selected lines). Prices come from the database;"
                    + " an expectedUnitPriceFen that differs is refused with 422. Repeating the same checkoutId or"
                    + " Idempotency-Key answers the first result with 200. couponIds are applied as given, never"
                    + " suggested: the discount is allocated to the order lines and included in totalFen.")
    @ApiResponse(
            responseCode = "201",
            description = "Placed: one order per shop",
            content = @Content(schema = @Schema(implementation = PlacedResponse.class)))
    @ApiResponse(
            responseCode = "200",
            description = "The same checkout was placed before: its first result",
            content = @Content(schema = @Schema(implementation = PlacedResponse.class)))
    ResponseEntity<PlacedResponse> place(
            @RequestBody PlaceRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        if (request == null) {
            throw new RuleViolated("error.checkout.incomplete");
        }
        requireNoNullEntries(request);
        boolean fromCart = Boolean.TRUE.equals(request.fromCart());
        if (fromCart == (request.items() != null && !request.items().isEmpty())) {
            throw new RuleViolated("error.api.itemsOrCart");
        }
        List<PlaceOrder.Item> items = fromCart
                ? selectedCartItems()
                : request.items().stream()
                        .map(i -> new PlaceOrder.Item(
                                i.skuId(), i.quantity() == null ? 0 : i.quantity(), i.expectedUnitPriceFen()))
                        .toList();
        PlacedCheckout placed = ordering.place(new PlaceOrder(
                checkoutId(request.checkoutId(), idempotencyKey),
                fromCart ? CheckoutOrigin.CART : CheckoutOrigin.API,
                items,
                request.addressId(),
                request.delivery() == null ? DeliveryOption.STANDARD : request.delivery(),
                request.paymentMethod(),
                request.remarks(),
                request.couponIds() == null ? java.util.Set.of() : java.util.Set.copyOf(request.couponIds())));
        return ResponseEntity.status(placed.repeated() ? HttpStatus.OK : HttpStatus.CREATED)
                .body(new PlacedResponse(
                        placed.checkoutId(), placed.orderIds(), placed.totalFen(), "/pay/" + placed.checkoutId()));
    }

    @GetMapping
    @Operation(
            summary =
                    "My orders, newest first, by tab (ALL, TO_PAY, TO_SHIP, TO_RECEIVE, TO_REVIEW, COMPLETED, AFTER_SALES)")
    OrderPage list(
            @RequestParam(defaultValue = "ALL") OrderTab tab,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        int offset = Paging.offset(page, size, OrderQueries.MAX_PAGE, MAX_OFFSET);
        return new OrderPage(orders.myOrders(tab, offset, size), orders.countMine(tab), page, size);
    }

    @GetMapping("/{orderId}")
    @Operation(summary = "One of my orders with its lines, timeline and shipments")
    OrderDetails detail(@PathVariable UUID orderId) {
        return orders.myOrder(orderId);
    }

    @PostMapping("/{orderId}/cancel")
    @Operation(summary = "Cancel my order before it ships; its stock is released and a paid order is refunded")
    OrderDetails cancel(@PathVariable UUID orderId, @RequestBody CancelRequest request) {
        ordering.cancel(orderId, request == null ? null : request.reason());
        return orders.myOrder(orderId);
    }

    /**
     * JSON may say {@code null} where an item or a remark belongs; refused here, field by field, before the command
     * copies them (which would fail on the null).
     */
    private static void requireNoNullEntries(PlaceRequest request) {
        Map<String, String> invalid = new TreeMap<>();
        if (request.items() != null) {
            if (request.items().size() > PlaceOrder.MAX_LINES) {
                invalid.put("items", "error.api.tooMany");
            }
            for (int i = 0; i < request.items().size(); i++) {
                if (request.items().get(i) == null) {
                    invalid.put("items[" + i + "]", "error.required");
                }
            }
        }
        if (request.couponIds() != null) {
            if (request.couponIds().size() > PlaceOrder.MAX_BENEFITS) {
                invalid.put("couponIds", "error.api.tooMany");
            }
            for (int i = 0; i < request.couponIds().size(); i++) {
                if (request.couponIds().get(i) == null) {
                    invalid.put("couponIds[" + i + "]", "error.required");
                }
            }
        }
        if (request.remarks() != null) {
            if (request.remarks().size() > PlaceOrder.MAX_LINES) {
                invalid.put("remarks", "error.api.tooMany");
            }
            request.remarks().forEach((merchantId, remark) -> {
                if (remark == null) {
                    invalid.put("remarks." + merchantId, "error.required");
                }
            });
        }
        if (!invalid.isEmpty()) {
            throw new RuleViolated(invalid);
        }
    }

    private List<PlaceOrder.Item> selectedCartItems() {
        return cart.myCart().shops().stream()
                .flatMap(shop -> shop.lines().stream())
                .filter(line -> line.selected() && line.selectable())
                .map(line -> new PlaceOrder.Item(line.skuId(), line.quantity(), null))
                .toList();
    }

    /** The client's checkout id, or one derived from its Idempotency-Key (per account), or a fresh one. */
    private static UUID checkoutId(UUID given, String idempotencyKey) {
        if (given != null) {
            return given;
        }
        if (idempotencyKey != null && !idempotencyKey.isBlank()) {
            if (idempotencyKey.length() > 200) {
                throw new RuleViolated("error.api.idempotencyKey");
            }
            String scoped = "api:" + CurrentActor.requireAccountId() + ":" + idempotencyKey;
            return UUID.nameUUIDFromBytes(scoped.getBytes(StandardCharsets.UTF_8));
        }
        return UUID.randomUUID();
    }

    record PlaceRequest(
            UUID checkoutId,
            List<ItemRequest> items,
            Boolean fromCart,
            UUID addressId,
            DeliveryOption delivery,
            PaymentMethod paymentMethod,
            Map<UUID, String> remarks,

            @Schema(
                    description = "Ids of my coupons to use (我的优惠券): at most one platform coupon and one per"
                            + " shop. A coupon that is used, expired, of another shop or whose threshold is not"
                            + " met is refused with 422; an id that is not one of my coupons with 404. Omitted:"
                            + " no coupon.",
                    nullable = true)
            List<UUID> couponIds) {}

    record ItemRequest(UUID skuId, Integer quantity, Long expectedUnitPriceFen) {}

    record PlacedResponse(UUID checkoutId, List<UUID> orderIds, long totalFen, String paymentPage) {}

    record OrderPage(List<OrderSummary> items, int total, int page, int size) {}

    record CancelRequest(CancelReason reason) {}
}
