package com.ks.platform.engagement.api;

import com.ks.platform.catalog.ProductCard;
import com.ks.platform.engagement.EngagementQueries;
import com.ks.platform.engagement.FavouriteService;
import com.ks.platform.shared.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The shopper's favourites (收藏) over the API: adding or removing twice changes nothing, so both are PUT/DELETE. */
@RestController
@RequestMapping("/api/v1/me/favourites")
@Tag(name = "Favourites", description = "The signed-in shopper's favourite products")
class FavouriteApiController {

    static final int MAX_PAGE = 50;
    static final int MAX_OFFSET = 5_000;

    private final FavouriteService favourites;
    private final EngagementQueries queries;

    FavouriteApiController(FavouriteService favourites, EngagementQueries queries) {
        this.favourites = favourites;
        this.queries = queries;
    }

    @GetMapping
    @Operation(summary = "My favourites, the latest first")
    FavouritePage list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        int offset = Paging.offset(page, size, MAX_PAGE, MAX_OFFSET);
        return new FavouritePage(queries.myFavourites(offset, size), queries.myFavouriteCount(), page, size);
    }

    @PutMapping("/{productId}")
    @Operation(summary = "Add a product on sale to my favourites")
    @ApiResponse(responseCode = "204", description = "It is a favourite")
    ResponseEntity<Void> add(@PathVariable UUID productId) {
        favourites.add(productId);
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/{productId}")
    @Operation(summary = "Remove a product from my favourites")
    @ApiResponse(responseCode = "204", description = "It is no favourite")
    ResponseEntity<Void> remove(@PathVariable UUID productId) {
        favourites.remove(productId);
        return ResponseEntity.noContent().build();
    }

    record FavouritePage(List<ProductCard> items, int total, int page, int size) {}
}
