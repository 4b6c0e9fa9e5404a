package com.ks.platform.ordering.ui;

import com.ks.platform.identity.AddressDetails;
import com.ks.platform.identity.AddressQueries;
import com.ks.platform.identity.AddressService;
import com.ks.platform.identity.Regions;
import com.ks.platform.identity.ui.AddressDialog;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The delivery address at the top of checkout: the default one already filled in; "change" opens the address book in
 * a dialog, where a new address can be added without leaving the page.
 */
class CheckoutAddressCard extends Div {

    private final AddressQueries queries;
    private final AddressService service;
    private final Regions regions;
    private final Consumer<AddressDetails> onChosen;
    private AddressDetails chosen;

    CheckoutAddressCard(
            AddressQueries queries, AddressService service, Regions regions, Consumer<AddressDetails> onChosen) {
        this.queries = queries;
        this.service = service;
        this.regions = regions;
        this.onChosen = onChosen;
        addClassNames("ks-card", "ks-checkout-address");
        choose(queries.myDefault().orElse(null));
    }

    Optional<AddressDetails> chosen() {
        return Optional.ofNullable(chosen);
    }

    private void choose(AddressDetails address) {
        chosen = address;
        removeAll();
        var pin = VaadinIcon.MAP_MARKER.create();
        pin.addClassName("ks-checkout-address-icon");
        H2 heading = new H2(getTranslation("checkout.address"));
        if (address == null) {
            Button add = new Button(getTranslation("checkout.addAddress"), click -> openNew());
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(pin, heading, new Paragraph(getTranslation("checkout.noAddress")), add);
        } else {
            Span who = new Span(address.recipient() + "  " + address.mobile());
            who.addClassName("ks-checkout-address-who");
            Span where = new Span(address.oneLine());
            Div text = new Div(who, where);
            text.addClassName("ks-checkout-address-text");
            Button change = new Button(getTranslation("checkout.changeAddress"), click -> openBook());
            change.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            add(pin, heading, text, change);
        }
        onChosen.accept(address);
    }

    private void openNew() {
        new AddressDialog(service, regions, null, this::choose).open();
    }

    private void openBook() {
        Dialog book = new Dialog();
        book.setHeaderTitle(getTranslation("checkout.chooseAddress"));
        book.addClassName("ks-address-picker");
        for (AddressDetails address : queries.mine()) {
            Button option = new Button(address.recipient() + " · " + address.oneLine(), click -> {
                book.close();
                choose(address);
            });
            option.addClassName("ks-address-option");
            if (chosen != null && chosen.id().equals(address.id())) {
                option.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            book.add(option);
        }
        Button add = new Button(getTranslation("checkout.addAddress"), VaadinIcon.PLUS.create(), click -> {
            book.close();
            openNew();
        });
        Button cancel = new Button(getTranslation("checkout.cancel"), click -> book.close());
        book.getFooter().add(cancel, add);
        book.open();
    }
}
