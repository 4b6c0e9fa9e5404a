package com.ks.platform.identity.ui;

import com.ks.platform.identity.AddressDetails;
import com.ks.platform.identity.AddressQueries;
import com.ks.platform.identity.AddressService;
import com.ks.platform.identity.Regions;
import com.ks.platform.identity.Roles;
import com.ks.platform.shared.NotFound;
import com.ks.platform.ui.Notices;
import com.ks.platform.ui.StorefrontLayout;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** 收货地址: the shopper's addresses as cards, the default first, each editable, deletable or made the default. */
@Route(value = "account/addresses", layout = StorefrontLayout.class)
@RolesAllowed(Roles.SHOPPER)
public class AddressBookView extends Div implements HasDynamicTitle {

    private final AddressQueries queries;
    private final AddressService addresses;
    private final Regions regions;
    private final Span count = new Span();
    private final Button add = new Button();
    private final Div body = new Div();

    public AddressBookView(AddressQueries queries, AddressService addresses, Regions regions) {
        this.queries = queries;
        this.addresses = addresses;
        this.regions = regions;
        addClassName("ks-address-book");
        count.addClassName("ks-muted");
        add.setText(getTranslation("address.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(click -> openDialog(null));
        Div heading = new Div(new H1(getTranslation("address.title")), count, add);
        heading.addClassName("ks-cart-heading");
        body.addClassName("ks-address-list");
        add(heading, body);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("address.title") + " · Ks 下单平台";
    }

    private void refresh() {
        List<AddressDetails> mine = queries.mine();
        count.setText(mine.isEmpty() ? "" : getTranslation("address.count", mine.size(), AddressService.MAX_ADDRESSES));
        // The empty state carries its own "add" button: one primary action per screen.
        add.setVisible(!mine.isEmpty());
        add.setEnabled(mine.size() < AddressService.MAX_ADDRESSES);
        body.removeAll();
        if (mine.isEmpty()) {
            body.add(emptyState());
        } else {
            mine.forEach(address -> body.add(card(address)));
        }
    }

    private Component card(AddressDetails address) {
        Span recipient = new Span(address.recipient());
        recipient.addClassName("ks-address-recipient");
        Span mobile = new Span(address.mobile());
        mobile.addClassName("ks-muted");
        Div head = new Div(recipient, mobile);
        head.addClassName("ks-address-head");
        if (address.isDefault()) {
            Span badge = new Span(getTranslation("address.default"));
            badge.addClassName("ks-badge");
            head.add(badge);
        }
        Paragraph line = new Paragraph(address.oneLine());
        line.addClassName("ks-address-line");

        Div actions = new Div();
        actions.addClassName("ks-address-actions");
        if (!address.isDefault()) {
            actions.add(action("address.makeDefault", "address.makeDefaultOf", address, VaadinIcon.CHECK, () -> {
                addresses.makeDefault(address.id());
                Notices.success("address.defaultChanged");
            }));
        }
        actions.add(action("address.edit", "address.editOf", address, VaadinIcon.EDIT, () -> openDialog(address)));
        actions.add(
                action("address.delete", "address.deleteOf", address, VaadinIcon.TRASH, () -> confirmDelete(address)));

        Div card = new Div(head, line, actions);
        card.addClassNames("ks-card", "ks-address-card");
        if (address.isDefault()) {
            card.addClassName("ks-address-default");
        }
        return card;
    }

    private Button action(String key, String ariaKey, AddressDetails address, VaadinIcon icon, Runnable work) {
        Button button = new Button(getTranslation(key), icon.create());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        button.setAriaLabel(getTranslation(ariaKey, address.recipient()));
        button.addClickListener(click -> {
            try {
                work.run();
            } catch (NotFound gone) {
                Notices.error(gone);
            }
            refresh();
        });
        return button;
    }

    private void openDialog(AddressDetails existing) {
        new AddressDialog(addresses, regions, existing, saved -> refresh()).open();
    }

    private void confirmDelete(AddressDetails address) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("address.deleteTitle"));
        dialog.setText(getTranslation("address.deleteText", address.oneLine()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("address.cancel"));
        dialog.setConfirmText(getTranslation("address.delete"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(confirm -> {
            try {
                addresses.delete(address.id());
                Notices.success("address.deleted");
            } catch (NotFound gone) {
                Notices.error(gone);
            }
            refresh();
        });
        dialog.open();
    }

    private Component emptyState() {
        var mark = VaadinIcon.MAP_MARKER.create();
        mark.addClassName("ks-cart-empty-icon");
        Button first = new Button(getTranslation("address.add"), click -> openDialog(null));
        first.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div empty = new Div(
                mark,
                new H2(getTranslation("address.empty")),
                new Paragraph(getTranslation("address.emptyHint")),
                first);
        empty.addClassNames("ks-card", "ks-cart-empty");
        return empty;
    }
}
