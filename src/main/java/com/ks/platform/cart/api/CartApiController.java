package com.ks.platform.cart.api;

import com.ks.platform.cart.CartDetails;
import com.ks.platform.cart.CartQueries;
import com.ks.platform.cart.CartService;
import com.ks.platform.shared.RuleViolated;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in shopper's cart over the API, through the same service as the storefront's cart page. */
@RestController
@RequestMapping("/api/v1/cart")
@Tag(name = "Cart", description = "The signed-in shopper's cart")
class CartApiController {

    private final CartService carts;
    private final CartQueries queries;

    CartApiController(CartService carts, CartQueries queries) {
        this.carts = carts;
        this.queries = queries;
    }

    @GetMapping
    @Operation(summary = "My cart, by shop, with current prices and what can be checked out")
    CartDetails cart() {
        return queries.myCart();
    }

    @PostMapping("/lines")
    @Operation(summary = "Put a SKU in my cart (adds to its line when it is there already)")
    @ApiResponse(
            responseCode = "201",
            description = "The cart with the line",
            content = @Content(schema = @Schema(implementation = CartDetails.class)))
    ResponseEntity<CartDetails> add(@RequestBody AddLine request) {
        if (request == null || request.skuId() == null) {
            throw new RuleViolated(Map.of("skuId", "error.required"));
        }
        carts.add(request.skuId(), quantity(request.quantity()));
        return ResponseEntity.status(HttpStatus.CREATED).body(queries.myCart());
    }

    @PatchMapping("/lines/{lineId}")
    @Operation(summary = "Change a line's quantity")
    CartDetails change(@PathVariable UUID lineId, @RequestBody ChangeLine request) {
        carts.changeQuantity(lineId, quantity(request == null ? null : request.quantity()));
        return queries.myCart();
    }

    @DeleteMapping("/lines/{lineId}")
    @Operation(summary = "Remove a line")
    @ApiResponse(responseCode = "204", description = "Removed")
    ResponseEntity<Void> remove(@PathVariable UUID lineId) {
        carts.remove(lineId);
        return ResponseEntity.noContent().build();
    }

    private static int quantity(Integer quantity) {
        if (quantity == null) {
            throw new RuleViolated(Map.of("quantity", "error.required"));
        }
        return quantity;
    }

    record AddLine(UUID skuId, Integer quantity) {}

    record ChangeLine(Integer quantity) {}
}
