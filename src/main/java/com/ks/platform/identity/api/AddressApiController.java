package com.ks.platform.identity.api;

import com.ks.platform.identity.AddressDetails;
import com.ks.platform.identity.AddressForm;
import com.ks.platform.identity.AddressQueries;
import com.ks.platform.identity.AddressService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The shopper's address book (收货地址) over the API, under the address book's own rules (AddressService): at most
 * {@value AddressService#MAX_ADDRESSES} addresses, exactly one default while any exists, GB/T 2260 region codes.
 */
@RestController
@RequestMapping("/api/v1/me/addresses")
@Tag(name = "Addresses", description = "The signed-in shopper's delivery addresses")
class AddressApiController {

    private final AddressService addresses;
    private final AddressQueries queries;

    AddressApiController(AddressService addresses, AddressQueries queries) {
        this.addresses = addresses;
        this.queries = queries;
    }

    @GetMapping
    @Operation(summary = "My addresses, the default first")
    List<AddressDetails> list() {
        return queries.mine();
    }

    @PostMapping
    @Operation(summary = "Add an address (the first one, or one with makeDefault, becomes the default)")
    @ApiResponse(
            responseCode = "201",
            description = "The stored address, trimmed and with region names",
            content = @Content(schema = @Schema(implementation = AddressDetails.class)))
    ResponseEntity<AddressDetails> add(@RequestBody AddressForm form) {
        return ResponseEntity.status(HttpStatus.CREATED).body(addresses.add(form));
    }

    @PutMapping("/{addressId}")
    @Operation(summary = "Change an address; makeDefault true makes it the default")
    AddressDetails change(@PathVariable UUID addressId, @RequestBody AddressForm form) {
        return addresses.update(addressId, form);
    }

    @DeleteMapping("/{addressId}")
    @Operation(summary = "Remove an address; when it was the default, the most recently changed one becomes it")
    @ApiResponse(responseCode = "204", description = "Removed")
    ResponseEntity<Void> remove(@PathVariable UUID addressId) {
        addresses.delete(addressId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{addressId}/default")
    @Operation(summary = "Make an address the default")
    AddressDetails makeDefault(@PathVariable UUID addressId) {
        addresses.makeDefault(addressId);
        return queries.mine(addressId);
    }
}
