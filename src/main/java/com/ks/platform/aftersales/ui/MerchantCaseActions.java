package com.ks.platform.aftersales.ui;

import com.ks.platform.aftersales.AfterSalesService;
import com.ks.platform.aftersales.CaseDetails;
import com.ks.platform.shared.DomainException;
import com.ks.platform.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * What the merchant can do in the case's current state: answer a request (approve, with the return address for a
 * return; or refuse with a reason), confirm the returned goods arrived, record the inspection (fail needs notes and may
 * carry up to 9 photos).
 */
class MerchantCaseActions extends Div {

    private final AfterSalesService service;
    private final CaseDetails details;
    private final Runnable changed;

    MerchantCaseActions(AfterSalesService service, CaseDetails details, String lastAddress, Runnable changed) {
        this.service = service;
        this.details = details;
        this.changed = changed;
        addClassNames("ks-card", "ks-case-actions");
        switch (details.state()) {
            case REQUESTED -> answer(lastAddress);
            case RETURN_SHIPPED ->
                add(primary("aftersales.confirmReceipt", () -> service.confirmReceipt(details.id())));
            case RECEIVED -> inspection();
            default -> setVisible(false);
        }
    }

    private void answer(String lastAddress) {
        TextArea address = new TextArea(getTranslation("aftersales.returnAddress"));
        address.setMaxLength(300);
        address.setWidthFull();
        if (details.type().returnsGoods()) {
            address.setValue(lastAddress == null ? "" : lastAddress);
            add(address);
        }
        TextArea why = new TextArea(getTranslation("aftersales.refuseReason"));
        why.setMaxLength(500);
        why.setWidthFull();
        add(
                primary("aftersales.approve", () -> service.approve(details.id(), address.getValue())),
                why,
                plain("aftersales.refuse", () -> service.refuse(details.id(), why.getValue())));
    }

    /** A refund passes with a button; an exchange or a repair passes by sending the item back. */
    private void inspection() {
        TextArea notes = new TextArea(getTranslation("aftersales.inspectionNotes"));
        notes.setMaxLength(500);
        notes.setWidthFull();
        if (details.type().refunds()) {
            add(primary("aftersales.inspectPass", () -> service.inspect(details.id(), true, notes.getValue())));
        } else {
            add(new TrackingForm(
                    "aftersales.reship",
                    "aftersales.saved",
                    (carrier, trackingNo) -> service.reship(details.id(), carrier, trackingNo),
                    changed));
        }
        EvidenceUpload photos = new EvidenceUpload("aftersales.inspectionPhotos", AfterSalesService.MAX_EVIDENCE);
        add(
                notes,
                photos,
                plain(
                        "aftersales.inspectFail",
                        () -> service.inspect(details.id(), false, notes.getValue(), photos.files())));
    }

    private Button primary(String key, Runnable command) {
        Button button = plain(key, command);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }

    private Button plain(String key, Runnable command) {
        return new Button(getTranslation(key), click -> run(command));
    }

    private void run(Runnable command) {
        try {
            command.run();
            Notices.success("aftersales.saved");
            changed.run();
        } catch (DomainException refused) {
            Notices.error(refused);
        }
    }
}
