package com.ks.platform.web.demo;

import com.ks.platform.cart.CartService;
import com.ks.platform.catalog.CatalogQueries;
import com.ks.platform.catalog.ProductCard;
import com.ks.platform.engagement.FavouriteService;
import com.ks.platform.engagement.Tracking;
import com.ks.platform.identity.AccountQueries;
import com.ks.platform.identity.Role;
import com.ks.platform.shared.ActorPrincipal;
import com.ks.platform.shared.BehaviourEvent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The demo shopper's cart (lines from two shops), favourites and a short browsing history, made through the cart and
 * engagement services while acting as that shopper. Kept apart from {@link DemoDataSeeder}, which calls it once.
 */
@Component
class DemoShopperActivity {

    private final AccountQueries accounts;
    private final CatalogQueries catalog;
    private final CartService cart;
    private final FavouriteService favourites;
    private final Tracking tracking;

    DemoShopperActivity(
            AccountQueries accounts,
            CatalogQueries catalog,
            CartService cart,
            FavouriteService favourites,
            Tracking tracking) {
        this.accounts = accounts;
        this.catalog = catalog;
        this.cart = cart;
        this.favourites = favourites;
        this.tracking = tracking;
    }

    void load(String shopperEmail) {
        UUID shopper = accounts.findByEmail(shopperEmail).orElseThrow();
        Map<UUID, List<ProductCard>> byShop = new LinkedHashMap<>();
        catalog.newArrivals(50).stream()
                .filter(ProductCard::inStock)
                .forEach(card -> byShop.computeIfAbsent(card.merchantId(), k -> new java.util.ArrayList<>())
                        .add(card));
        List<List<ProductCard>> shops =
                byShop.values().stream().filter(cards -> cards.size() >= 2).toList();
        if (shops.size() < 2) {
            return;
        }
        var context = SecurityContextHolder.createEmptyContext();
        ActorPrincipal actor = new DemoShopper(shopper, "李明");
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                actor, null, List.of(new SimpleGrantedAuthority(Role.SHOPPER.authority()))));
        var previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(context);
        try {
            addToCart(shops.get(0).get(0), 1);
            addToCart(shops.get(0).get(1), 2);
            addToCart(shops.get(1).get(0), 1);
            favourites.add(shops.get(1).get(1).id());
            favourites.add(shops.get(0).get(0).id());
            for (ProductCard seen : List.of(
                    shops.get(1).get(1), shops.get(0).get(1), shops.get(0).get(0))) {
                tracking.record(BehaviourEvent.pageView("product/" + seen.id(), seen.id(), 8_000));
            }
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private void addToCart(ProductCard card, int quantity) {
        catalog.product(card.id())
                .flatMap(p ->
                        p.skus().stream().filter(s -> s.stock() >= quantity).findFirst())
                .ifPresent(sku -> cart.add(sku.id(), quantity));
    }

    private record DemoShopper(UUID accountId, String label) implements ActorPrincipal {}
}
