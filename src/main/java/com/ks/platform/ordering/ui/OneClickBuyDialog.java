package com.ks.platform.ordering.ui;

import com.ks.platform.identity.AddressDetails;
import com.ks.platform.ordering.CheckoutOrigin;
import com.ks.platform.ordering.CheckoutQuote;
import com.ks.platform.ordering.CheckoutQuotes;
import com.ks.platform.ordering.CheckoutRefused;
import com.ks.platform.ordering.DeliveryOption;
import com.ks.platform.ordering.OrderingService;
import com.ks.platform.ordering.PaymentMethod;
import com.ks.platform.ordering.PlaceOrder;
import com.ks.platform.shared.DomainException;
import com.ks.platform.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One confirmation for a returning shopper: the item, the default address, every cost and the payment method, chosen
 * here (nothing preselected: 先用后付 is credit) and then used by the cashier without asking again; 确认购买 places the
 * order (standard delivery) and opens the payment page. The dialog's id is the submission's idempotency key, so a
 * double click places one order.
 */
class OneClickBuyDialog extends Dialog {

    private final CheckoutQuotes quotes;
    private final OrderingService ordering;
    private final UUID checkoutId = UUID.randomUUID();
    private final UUID skuId;
    private final int quantity;
    private final AddressDetails address;
    private final PaymentMethodPicker method = new PaymentMethodPicker();
    private final Div content = new Div();
    private final Button confirm;
    private Long shownPrice;

    OneClickBuyDialog(
            CheckoutQuotes quotes, OrderingService ordering, UUID skuId, int quantity, AddressDetails address) {
        this.quotes = quotes;
        this.ordering = ordering;
        this.skuId = skuId;
        this.quantity = quantity;
        this.address = address;
        addClassName("ks-one-click");
        setHeaderTitle(getTranslation("oneClick.title"));
        content.addClassName("ks-one-click-content");
        add(content);
        confirm = new Button(getTranslation("oneClick.confirm"), click -> place());
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setDisableOnClick(true);
        Button change = new Button(getTranslation("oneClick.change"), click -> {
            close();
            getUI().ifPresent(ui -> ui.navigate(
                    "checkout",
                    QueryParameters.simple(Map.of("sku", skuId.toString(), "qty", Integer.toString(quantity)))));
        });
        Button cancel = new Button(getTranslation("checkout.cancel"), click -> close());
        getFooter().add(cancel, change, confirm);
        render();
    }

    private List<PlaceOrder.Item> items() {
        return List.of(new PlaceOrder.Item(skuId, quantity, shownPrice));
    }

    private void render() {
        content.removeAll();
        CheckoutQuote quote = quotes.quote(items(), DeliveryOption.STANDARD);
        CheckoutQuote.ShopQuote shop =
                quote.shops().isEmpty() ? null : quote.shops().getFirst();
        if (shop == null || quote.issues().stream().anyMatch(i -> i.kind() != CheckoutQuote.Issue.Kind.PRICE_CHANGED)) {
            content.add(new Span(
                    quote.issues().isEmpty()
                            ? getTranslation("checkout.empty")
                            : getTranslation(
                                    quote.issues().getFirst().messageKey(),
                                    quote.issues().getFirst().title(),
                                    "",
                                    "")));
            confirm.setEnabled(false);
            return;
        }
        var line = shop.lines().getFirst();
        shownPrice = line.unitPriceFen();
        content.add(OrderLineRow.of(line));
        content.add(fact("checkout.address", address.recipient() + " " + address.mobile() + " · " + address.oneLine()));
        content.add(method);
        content.add(fact("checkout.delivery", getTranslation(DeliveryOption.STANDARD.messageKey())));
        PriceSummary summary = new PriceSummary();
        summary.show(quote.itemsFen(), quote.shippingFen(), quote.discountFen(), quote.totalFen(), quote.benefits());
        content.add(summary);
        confirm.setEnabled(true);
    }

    private Div fact(String labelKey, String value) {
        return new OrderFact(labelKey, value, "ks-one-click-fact");
    }

    private void place() {
        PaymentMethod chosen = method.chosen().orElse(null);
        if (chosen == null) {
            confirm.setEnabled(true);
            return;
        }
        try {
            var placed = ordering.place(new PlaceOrder(
                    checkoutId, CheckoutOrigin.BUY_NOW, items(), address.id(), DeliveryOption.STANDARD, chosen));
            close();
            getUI().ifPresent(ui -> ui.navigate("pay/" + placed.checkoutId()));
        } catch (CheckoutRefused refused) {
            Notices.error(refused);
            render();
        } catch (DomainException refused) {
            Notices.error(refused);
            confirm.setEnabled(true);
        }
    }
}
