package com.ks.platform.ordering.ui;

import com.ks.platform.catalog.ProductArt;
import com.ks.platform.catalog.ui.ProductView;
import com.ks.platform.ui.Formats;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.UUID;

/** One item as checkout and order pages show it: image, title (links to the product), spec, price × quantity. */
class OrderLineRow extends Div {

    /** A line of a placed order. */
    static OrderLineRow of(com.ks.platform.ordering.OrderDetails.Line line) {
        return new OrderLineRow(
                line.productId(), line.title(), line.specText(), line.imageRef(), line.unitPriceFen(), line.quantity());
    }

    /** A line of a checkout still being priced. */
    static OrderLineRow of(com.ks.platform.ordering.CheckoutQuote.LineQuote line) {
        return new OrderLineRow(
                line.productId(), line.title(), line.specText(), line.imageRef(), line.unitPriceFen(), line.quantity());
    }

    OrderLineRow(UUID productId, String title, String specText, String imageRef, long unitPriceFen, int quantity) {
        addClassName("ks-order-line");
        Image image = new Image(ProductArt.url(imageRef, title), title);
        image.addClassName("ks-order-line-image");
        RouterLink name = new RouterLink();
        name.setText(title);
        name.setRoute(ProductView.class, new RouteParameters("productId", productId.toString()));
        name.addClassName("ks-order-line-title");
        Div info = new Div(name);
        info.addClassName("ks-order-line-info");
        if (specText != null && !specText.isBlank()) {
            Span spec = new Span(specText);
            spec.addClassName("ks-muted");
            info.add(spec);
        }
        Span price = new Span(Formats.money(unitPriceFen, getLocale()));
        price.addClassName("ks-tabular");
        Span times = new Span("× " + Formats.number(quantity, getLocale()));
        times.addClassNames("ks-muted", "ks-tabular");
        Div amounts = new Div(price, times);
        amounts.addClassName("ks-order-line-amounts");
        add(image, info, amounts);
    }
}
