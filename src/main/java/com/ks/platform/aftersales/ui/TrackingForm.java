package com.ks.platform.aftersales.ui;

import com.ks.platform.ordering.Carrier;
import com.ks.platform.shared.DomainException;
import com.ks.platform.shared.RuleViolated;
import com.ks.platform.ui.FieldErrors;
import com.ks.platform.ui.Notices;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.function.BiConsumer;

/** A parcel sent for a case (the shopper's return, the merchant's exchange or repair): carrier and tracking number. */
class TrackingForm extends Div {

    TrackingForm(String buttonKey, String doneKey, BiConsumer<Carrier, String> send, Runnable changed) {
        addClassName("ks-case-ship-back");
        Select<Carrier> carrier = new Select<>();
        carrier.setLabel(getTranslation("aftersales.returnCarrier"));
        carrier.setItems(Carrier.values());
        carrier.setItemLabelGenerator(c -> getTranslation(c.messageKey()));
        TextField trackingNo = new TextField(getTranslation("aftersales.returnTrackingNo"));
        Button button = new Button(getTranslation(buttonKey), click -> {
            try {
                send.accept(carrier.getValue(), trackingNo.getValue());
                Notices.success(doneKey);
                changed.run();
            } catch (RuleViolated violation) {
                if (!FieldErrors.show(
                        violation, Map.<String, HasValidation>of("carrier", carrier, "trackingNo", trackingNo))) {
                    Notices.error(violation);
                }
            } catch (DomainException refused) {
                Notices.error(refused);
                changed.run();
            }
        });
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(carrier, trackingNo, button);
    }
}
