package com.ks.platform.ordering.ui;

import com.ks.platform.ordering.OrderDetails;
import com.ks.platform.ui.Formats;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/** Each parcel: carrier and tracking number, and its tracking events, newest first. */
class ShipmentPanel extends Div {

    ShipmentPanel(List<OrderDetails.Shipment> shipments) {
        addClassNames("ks-card", "ks-order-section", "ks-shipments");
        add(new H2(getTranslation("order.logistics")));
        for (OrderDetails.Shipment shipment : shipments) {
            Span carrier = new Span(getTranslation(shipment.carrier().messageKey()) + " · " + shipment.trackingNo());
            carrier.addClassNames("ks-shipment-carrier", "ks-tabular");
            UnorderedList events = new UnorderedList();
            events.addClassName("ks-tracking");
            if (shipment.tracking().isEmpty()) {
                events.add(new ListItem(
                        getTranslation("order.trackingPending", Formats.dateTime(shipment.shippedAt(), getLocale()))));
            }
            for (OrderDetails.Tracking event : shipment.tracking()) {
                Span time = new Span(Formats.dateTime(event.occurredAt(), getLocale()));
                time.addClassNames("ks-muted", "ks-tabular");
                Span text = new Span(getTranslation(event.stage().messageKey(), event.place()));
                events.add(new ListItem(time, text));
            }
            add(new Div(carrier, events));
        }
    }
}
