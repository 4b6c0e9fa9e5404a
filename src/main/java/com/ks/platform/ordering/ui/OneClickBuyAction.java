package com.ks.platform.ordering.ui;

import com.ks.platform.catalog.ui.BuyNowAction;
import com.ks.platform.identity.AddressQueries;
import com.ks.platform.identity.Roles;
import com.ks.platform.ordering.CheckoutQuotes;
import com.ks.platform.ordering.OrderQueries;
import com.ks.platform.ordering.OrderingService;
import com.ks.platform.shared.CurrentActor;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * "立即购买": a returning shopper (a default address and an earlier paid order) confirms in one dialog; anyone else
 * goes to the checkout page with just this item (a visitor signs in on the way). The cart is never touched.
 */
@Component
class OneClickBuyAction implements BuyNowAction {

    private final CheckoutQuotes quotes;
    private final OrderingService ordering;
    private final OrderQueries orders;
    private final AddressQueries addresses;

    OneClickBuyAction(CheckoutQuotes quotes, OrderingService ordering, OrderQueries orders, AddressQueries addresses) {
        this.quotes = quotes;
        this.ordering = ordering;
        this.orders = orders;
        this.addresses = addresses;
    }

    @Override
    public void start(UUID skuId, int quantity) {
        if (CurrentActor.get().isPresent() && CurrentActor.hasRole(Roles.SHOPPER)) {
            var address = addresses.myDefault();
            if (address.isPresent() && orders.hasPaidOrder()) {
                new OneClickBuyDialog(quotes, ordering, skuId, quantity, address.get()).open();
                return;
            }
        }
        UI.getCurrent()
                .navigate(
                        "checkout",
                        QueryParameters.simple(Map.of("sku", skuId.toString(), "qty", Integer.toString(quantity))));
    }
}
