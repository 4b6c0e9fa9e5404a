package com.ks.platform.aftersales.ui;

import com.ks.platform.aftersales.AfterSalesService;
import com.ks.platform.aftersales.CaseDetails;
import com.ks.platform.aftersales.PickupWindow;
import com.ks.platform.aftersales.ReturnPickups;
import com.ks.platform.identity.AddressDetails;
import com.ks.platform.shared.DomainException;
import com.ks.platform.shared.RuleViolated;
import com.ks.platform.ui.FieldErrors;
import com.ks.platform.ui.Notices;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * How an approved return goes back: 上门取件 (one of the shopper's addresses, a day among the next three and a time
 * window; the platform books the carrier) or 自行寄回 (carrier and tracking number, checked as for outbound parcels).
 */
class ReturnMethodForm extends Div {

    ReturnMethodForm(
            AfterSalesService service,
            ReturnPickups pickups,
            List<AddressDetails> addresses,
            CaseDetails details,
            Runnable changed) {
        addClassName("ks-case-return-method");
        RadioButtonGroup<Boolean> method = new RadioButtonGroup<>(getTranslation("aftersales.returnMethod"));
        method.setItems(true, false);
        method.setItemLabelGenerator(pickup -> getTranslation(pickup ? "aftersales.pickup" : "aftersales.selfShip"));
        // a pickup needs an address: a shopper without one mails the parcel (or adds an address first)
        method.setItemEnabledProvider(pickup -> !pickup || !addresses.isEmpty());
        Div pickup = pickupForm(pickups, addresses, details, changed);
        TrackingForm self = new TrackingForm(
                "aftersales.shipBack",
                "aftersales.shipBack.done",
                (carrier, trackingNo) -> service.shipBack(details.id(), carrier, trackingNo),
                changed);
        method.addValueChangeListener(chosen -> {
            pickup.setVisible(Boolean.TRUE.equals(chosen.getValue()));
            self.setVisible(Boolean.FALSE.equals(chosen.getValue()));
        });
        method.setValue(false);
        Paragraph shipping = new Paragraph(getTranslation(
                details.reason().shopperPaysReturn()
                        ? "aftersales.apply.shopperPays"
                        : "aftersales.apply.merchantPays"));
        shipping.addClassName("ks-muted");
        add(method, shipping, pickup, self);
    }

    private Div pickupForm(
            ReturnPickups pickups, List<AddressDetails> addresses, CaseDetails details, Runnable changed) {
        Select<AddressDetails> address = new Select<>();
        address.setLabel(getTranslation("aftersales.pickup.address"));
        address.setItems(addresses);
        address.setItemLabelGenerator(a -> a.recipient() + " " + a.regionText() + " " + a.detail());
        addresses.stream().filter(AddressDetails::isDefault).findFirst().ifPresent(address::setValue);
        Select<LocalDate> day = new Select<>();
        day.setLabel(getTranslation("aftersales.pickup.day"));
        day.setItems(pickups.days());
        day.setItemLabelGenerator(LocalDate::toString);
        Select<PickupWindow> window = new Select<>();
        window.setLabel(getTranslation("aftersales.pickup.window"));
        window.setItemLabelGenerator(PickupWindow::label);
        // today offers only the windows not over yet
        day.addValueChangeListener(
                chosen -> window.setItems(chosen.getValue() == null ? List.of() : pickups.windows(chosen.getValue())));
        Button book = new Button(getTranslation("aftersales.pickup.book"), click -> {
            try {
                String trackingNo = pickups.book(
                        details.id(),
                        address.getValue() == null ? null : address.getValue().id(),
                        day.getValue(),
                        window.getValue());
                Notices.success("aftersales.pickup.done", trackingNo);
                changed.run();
            } catch (RuleViolated violation) {
                if (!FieldErrors.show(
                        violation, Map.<String, HasValidation>of("address", address, "day", day, "window", window))) {
                    Notices.error(violation);
                }
            } catch (DomainException refused) {
                Notices.error(refused);
                changed.run();
            }
        });
        book.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(address, day, window, book);
        form.addClassName("ks-case-pickup");
        return form;
    }
}
