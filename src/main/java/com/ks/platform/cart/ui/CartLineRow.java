package com.ks.platform.cart.ui;

import com.ks.platform.cart.CartDetails;
import com.ks.platform.cart.CartWarning;
import com.ks.platform.catalog.ProductArt;
import com.ks.platform.ui.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.Locale;

/** One cart line: select box, picture, title and spec, warnings, price, quantity stepper, subtotal, remove. */
class CartLineRow extends Div {

    CartLineRow(CartDetails.Line line, CartActions actions) {
        addClassName("ks-cart-line");
        if (!line.selectable()) {
            addClassName("ks-cart-line-unavailable");
        }
        Locale locale = getLocale();
        String title = line.title().isBlank() ? getTranslation("cart.unknownProduct") : line.title();

        Checkbox select = new Checkbox(line.selected());
        select.setEnabled(line.selectable());
        select.addClassName("ks-cart-line-select");
        select.setAriaLabel(getTranslation("cart.selectLine", title));
        select.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                actions.select(line, e.getValue());
            }
        });

        Image image = new Image(ProductArt.url(line.imageRef(), title), title);
        image.addClassName("ks-cart-line-image");

        Anchor name = new Anchor("product/" + line.productId(), title);
        name.addClassName("ks-cart-line-title");
        Div info = new Div(name);
        info.addClassName("ks-cart-line-info");
        if (!line.specText().isBlank()) {
            Span spec = new Span(line.specText());
            spec.addClassNames("ks-muted", "ks-cart-line-spec");
            info.add(spec);
        }
        line.warnings().stream().sorted().forEach(w -> info.add(warning(line, w, locale)));

        Span price = new Span(Formats.money(line.unitPriceFen(), locale));
        price.addClassNames("ks-cart-price", "ks-tabular");

        IntegerField quantity = new IntegerField();
        quantity.setAriaLabel(getTranslation("cart.quantityOf", title));
        quantity.setStepButtonsVisible(true);
        quantity.setMin(1);
        quantity.setMax(Math.max(1, line.maxQuantity()));
        quantity.setValue(line.quantity());
        quantity.setEnabled(line.selectable());
        quantity.addClassName("ks-cart-quantity");
        if (line.selectable()) {
            quantity.setHelperText(getTranslation("cart.limit", line.maxQuantity()));
        }
        quantity.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                actions.changeQuantity(line, e.getValue());
            }
        });

        Span subtotal = new Span(Formats.money(line.subtotalFen(), locale));
        subtotal.addClassNames("ks-cart-line-subtotal", "ks-tabular");

        Button remove = new Button(VaadinIcon.TRASH.create(), click -> actions.remove(line));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        remove.setAriaLabel(getTranslation("cart.removeLine", title));
        remove.setTooltipText(getTranslation("cart.remove"));
        remove.setDisableOnClick(true);
        remove.addClassName("ks-cart-line-remove");

        add(select, image, info, price, quantity, subtotal, remove);
    }

    private Span warning(CartDetails.Line line, CartWarning warning, Locale locale) {
        String text = switch (warning) {
            case PRICE_CHANGED -> {
                long difference = line.unitPriceFen() - line.priceWhenAddedFen();
                yield getTranslation(
                        difference > 0 ? "cart.warning.PRICE_UP" : "cart.warning.PRICE_DOWN",
                        Formats.money(Math.abs(difference), locale));
            }
            case STOCK_LOW -> getTranslation("cart.warning.STOCK_LOW", line.availableStock());
            case SOLD_OUT -> getTranslation("cart.warning.SOLD_OUT");
            case UNAVAILABLE -> getTranslation("cart.warning.UNAVAILABLE");
        };
        Span badge = new Span(text);
        badge.addClassNames(
                "ks-cart-warning", "ks-cart-warning-" + warning.name().toLowerCase(Locale.ROOT));
        return badge;
    }
}
