package com.ks.platform.ordering.ui;

import com.ks.platform.ordering.OrderDetails;
import com.ks.platform.ordering.OrderFulfilment;
import com.ks.platform.ordering.OrderQueries;
import com.ks.platform.ordering.OrderStatus;
import com.ks.platform.shared.PersonalDataMasks;
import com.ks.platform.ui.Formats;
import com.ks.platform.ui.RevealableText;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/** One order as its merchant sees it: buyer's address and note, items, amounts, timeline and parcels; ship from here. */
class MerchantOrderDialog extends Dialog {

    MerchantOrderDialog(OrderDetails order, OrderQueries orders, OrderFulfilment fulfilment, Runnable changed) {
        setHeaderTitle(getTranslation("merchantOrders.detailTitle", order.orderNo()));
        addClassName("ks-merchant-order-dialog");
        setWidth("min(760px, 96vw)");
        boolean moreToShip = order.lines().stream().anyMatch(line -> line.toShip() > 0);
        boolean toShip = (order.status() == OrderStatus.PAID || order.status() == OrderStatus.SHIPPED) && moreToShip;
        Div address = toShip ? shippingAddress(order) : maskedAddress(order, orders);
        address.addClassNames("ks-card", "ks-order-section");
        add(new OrderTimeline(order), address);
        Div items = new Div();
        items.addClassNames("ks-card", "ks-order-section");
        order.lines().forEach(line -> items.add(OrderLineRow.of(line)));
        if (order.buyerRemark() != null) {
            items.add(new Paragraph(getTranslation("merchantOrders.remark", order.buyerRemark())));
        }
        PriceSummary summary = new PriceSummary();
        summary.show(order.itemsFen(), order.shippingFen(), order.discountFen(), order.totalFen());
        items.add(
                summary,
                new Paragraph(
                        getTranslation("order.placedAt") + " " + Formats.dateTime(order.placedAt(), getLocale())));
        add(items);
        if (!order.shipments().isEmpty()) {
            add(new ShipmentPanel(order.shipments()));
        }
        if (toShip) {
            Button ship = new Button(getTranslation("merchantOrders.ship"), click -> {
                close();
                new ShipOrderDialog(order, fulfilment, changed).open();
            });
            ship.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            getFooter().add(ship);
        }
        getFooter().add(PackingSlipView.openButton(this, order.id()));
        getFooter().add(new Button(getTranslation("merchantOrders.close"), click -> close()));
    }

    /** Shipping needs the whole address: shown while the order waits for (more) shipment. */
    private static Div shippingAddress(OrderDetails order) {
        return new Div(
                new Paragraph(order.recipient() + "  " + order.mobile()),
                new Paragraph(order.regionText() + " " + order.addressDetail()));
    }

    /** Once shipped in full (or never to ship), the buyer's contact is masked; revealing it asks why and is audited. */
    private static Div maskedAddress(OrderDetails order, OrderQueries orders) {
        String masked = PersonalDataMasks.name(order.recipient()) + "  " + PersonalDataMasks.mobile(order.mobile())
                + "  " + PersonalDataMasks.address(order.regionText(), order.addressDetail());
        return new Div(new Paragraph(new RevealableText(masked, reason -> {
            OrderDetails whole = orders.revealMerchantOrderContact(order.id(), reason);
            return whole.recipient() + "  " + whole.mobile() + "  " + whole.regionText() + " " + whole.addressDetail();
        })));
    }
}
