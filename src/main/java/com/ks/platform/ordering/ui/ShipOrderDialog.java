package com.ks.platform.ordering.ui;

import com.ks.platform.ordering.Carrier;
import com.ks.platform.ordering.OrderDetails;
import com.ks.platform.ordering.OrderFulfilment;
import com.ks.platform.shared.DomainException;
import com.ks.platform.shared.RuleViolated;
import com.ks.platform.ui.Buttons;
import com.ks.platform.ui.FieldErrors;
import com.ks.platform.ui.Notices;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * 发货: carrier, tracking number (checked against the carrier's format on the server) and, for a partial shipment,
 * how many of each line go in this parcel (all that is left by default).
 */
class ShipOrderDialog extends Dialog {

    private final ComboBox<Carrier> carrier = new ComboBox<>();
    private final TextField trackingNo = new TextField();
    private final Map<UUID, IntegerField> quantities = new LinkedHashMap<>();

    ShipOrderDialog(OrderDetails order, OrderFulfilment fulfilment, Runnable shipped) {
        setHeaderTitle(getTranslation("merchantOrders.shipTitle", order.orderNo()));
        addClassName("ks-ship-dialog");
        carrier.setLabel(getTranslation("merchantOrders.carrier"));
        carrier.setItems(Carrier.values());
        carrier.setItemLabelGenerator(c -> getTranslation(c.messageKey()));
        carrier.setRequired(true);
        carrier.addValueChangeListener(change -> trackingNo.setHelperText(
                change.getValue() == null
                        ? null
                        : getTranslation(change.getValue().formatHelpKey())));
        trackingNo.setLabel(getTranslation("merchantOrders.trackingNo"));
        trackingNo.setRequired(true);
        trackingNo.setMaxLength(40);
        add(new Paragraph(
                order.recipient() + " " + order.mobile() + " · " + order.regionText() + " " + order.addressDetail()));
        add(carrier, trackingNo);
        for (OrderDetails.Line line : order.lines()) {
            if (line.toShip() == 0) {
                continue;
            }
            IntegerField quantity =
                    new IntegerField(line.title() + (line.specText().isBlank() ? "" : " · " + line.specText()));
            quantity.setMin(0);
            quantity.setMax(line.toShip());
            quantity.setValue(line.toShip());
            quantity.setStepButtonsVisible(true);
            quantity.setHelperText(getTranslation("merchantOrders.toShip", line.toShip()));
            quantities.put(line.id(), quantity);
            add(quantity);
        }
        Button ship = Buttons.submitting(new Button(getTranslation("merchantOrders.confirmShip")), () -> {
            try {
                fulfilment.ship(order.id(), carrier.getValue(), trackingNo.getValue(), chosenQuantities());
                Notices.success("merchantOrders.shipped");
                close();
                shipped.run();
            } catch (RuleViolated refused) {
                if (!FieldErrors.show(
                        refused, Map.<String, HasValidation>of("carrier", carrier, "trackingNo", trackingNo))) {
                    Notices.error(refused);
                }
            } catch (DomainException refused) {
                Notices.error(refused);
            }
        });
        ship.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter()
                .add(
                        PackingSlipView.openButton(this, order.id()),
                        new Button(getTranslation("checkout.cancel"), click -> close()),
                        ship);
    }

    private Map<UUID, Integer> chosenQuantities() {
        Map<UUID, Integer> chosen = new LinkedHashMap<>();
        quantities.forEach((lineId, field) -> {
            Integer value = field.getValue();
            if (value != null && value > 0) {
                chosen.put(lineId, value);
            }
        });
        if (chosen.isEmpty()) {
            throw new RuleViolated("error.shipment.quantity");
        }
        return chosen;
    }
}
