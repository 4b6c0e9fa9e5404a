package com.ks.platform.catalog.ui;

import com.ks.platform.catalog.ProductDetails;
import com.ks.platform.catalog.PurchaseActions;
import com.ks.platform.catalog.Sku;
import com.ks.platform.shared.DomainException;
import com.ks.platform.ui.CartBadge;
import com.ks.platform.ui.Formats;
import com.ks.platform.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/** Price, spec choice, quantity and the two buying buttons. Impossible combinations are disabled. */
class BuyPanel extends Div {

    private final ProductDetails product;
    private final PurchaseActions purchases;
    private final BuyNowAction buyNow;
    private final Consumer<String> showImage;
    private final Span price = new Span();
    private final Span stock = new Span();
    private final SpecChips first;
    private final SpecChips second;
    private final IntegerField quantity = new IntegerField();

    BuyPanel(ProductDetails product, PurchaseActions purchases, BuyNowAction buyNow, Consumer<String> showImage) {
        this.product = product;
        this.purchases = purchases;
        this.buyNow = buyNow;
        this.showImage = showImage;
        addClassName("ks-buy-panel");
        price.addClassNames("ks-price", "ks-price-large", "ks-tabular");
        stock.addClassName("ks-muted");
        Span sales = new Span(
                product.ratingCount() == 0
                        ? getTranslation("product.noRatings")
                        : getTranslation(
                                "product.rating",
                                Math.round(10.0 * product.ratingSum() / product.ratingCount()) / 10.0));
        sales.addClassName("ks-muted");
        first = new SpecChips(product.spec1Name(), product.spec1Values(), this::refresh);
        second = new SpecChips(product.spec2Name(), product.spec2Values(), this::refresh);
        quantity.setLabel(getTranslation("product.quantity"));
        quantity.setStepButtonsVisible(true);
        quantity.setMin(1);
        quantity.setValue(1);
        quantity.setWidth("10em");
        Button addToCart = new Button(getTranslation("product.addToCart"), click -> add(false));
        addToCart.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_CONTRAST);
        Button buyNowButton = new Button(getTranslation("product.buyNow"), click -> add(true));
        buyNowButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div actions = new Div(addToCart, buyNowButton);
        actions.addClassName("ks-buy-actions");
        add(price, sales, first, second, quantity, stock, actions);
        if (product.spec1Values().size() == 1) {
            first.select(product.spec1Values().getFirst());
        }
        if (product.spec2Values().size() == 1) {
            second.select(product.spec2Values().getFirst());
        }
        refresh();
    }

    Optional<Sku> chosen() {
        boolean firstDone = product.spec1Name() == null || first.selected() != null;
        boolean secondDone = product.spec2Name() == null || second.selected() != null;
        return firstDone && secondDone ? product.skuFor(first.selected(), second.selected()) : Optional.empty();
    }

    private void refresh() {
        first.enableOnly(value -> available(value, second.selected(), true));
        second.enableOnly(value -> available(first.selected(), value, false));
        Optional<Sku> sku = chosen();
        if (sku.isPresent()) {
            price.setText(Formats.money(sku.get().priceFen(), getLocale()));
            int max = Math.max(1, Math.min(sku.get().stock(), product.perOrderLimit()));
            quantity.setMax(max);
            stock.setText(
                    sku.get().inStock()
                            ? getTranslation("product.stock", sku.get().stock(), product.perOrderLimit())
                            : getTranslation("badge.soldOut"));
            showImage.accept(
                    sku.get().imageRef() != null
                            ? sku.get().imageRef()
                            : product.images().getFirst());
        } else {
            long min = product.minPriceFen();
            long max = product.maxPriceFen();
            price.setText(
                    min == max
                            ? Formats.money(min, getLocale())
                            : Formats.money(min, getLocale()) + " – " + Formats.money(max, getLocale()));
            quantity.setMax(product.perOrderLimit());
            stock.setText(getTranslation("product.chooseSpec"));
        }
    }

    private boolean available(String value1, String value2, boolean checkingFirst) {
        return product.skus().stream()
                .filter(Sku::inStock)
                .anyMatch(sku -> (value1 == null || Objects.equals(sku.spec1Value(), value1))
                        && (value2 == null || Objects.equals(sku.spec2Value(), value2)));
    }

    private void add(boolean buyingNow) {
        Optional<Sku> sku = chosen();
        if (sku.isEmpty()) {
            Notices.error("product.chooseSpec");
            return;
        }
        Integer amount = quantity.getValue();
        if (amount == null || amount < 1 || amount > quantity.getMax()) {
            quantity.setErrorMessage(getTranslation("product.quantityRange", quantity.getMax()));
            quantity.setInvalid(true);
            return;
        }
        quantity.setInvalid(false);
        if (buyingNow && buyNow != null) {
            buyNow.start(sku.get().id(), amount);
            return;
        }
        if (purchases == null) {
            Notices.error("product.cartUnavailable");
            return;
        }
        try {
            purchases.addToCart(sku.get().id(), amount);
            CartBadge.changed();
            if (buyingNow) {
                getUI().ifPresent(ui -> ui.navigate("cart"));
            } else {
                Notices.success("product.added");
            }
        } catch (DomainException refused) {
            Notices.error(refused);
        }
    }
}
