package com.ks.platform.aftersales.ui;

import com.ks.platform.merchant.ReturnAddresses;
import com.ks.platform.shared.DomainException;
import com.ks.platform.shared.RuleViolated;
import com.ks.platform.ui.FieldErrors;
import com.ks.platform.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;

/** The shop's return address, kept beside the queue: approvals are filled in with it, and so are automatic ones. */
class ReturnAddressCard extends Details {

    ReturnAddressCard(ReturnAddresses addresses) {
        TextArea address = new TextArea(getTranslation("aftersales.returnAddress"));
        address.setMaxLength(ReturnAddresses.MAX_LENGTH);
        address.setWidthFull();
        String current = addresses.mine().orElse(null);
        address.setValue(current == null ? "" : current);
        Button save = new Button(getTranslation("aftersales.returnAddress.save"), click -> {
            try {
                addresses.setMine(address.getValue());
                Notices.success("aftersales.returnAddress.saved");
            } catch (RuleViolated violation) {
                if (!FieldErrors.show(violation, Map.of("returnAddress", address))) {
                    Notices.error(violation);
                }
            } catch (DomainException refused) {
                Notices.error(refused);
            }
        });
        setSummaryText(
                getTranslation(current == null ? "aftersales.returnAddress.missing" : "aftersales.returnAddress.kept"));
        add(address, save);
        setOpened(current == null);
        setWidthFull();
    }
}
