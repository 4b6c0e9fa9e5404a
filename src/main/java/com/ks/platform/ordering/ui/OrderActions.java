package com.ks.platform.ordering.ui;

import com.ks.platform.ordering.CancelReason;
import com.ks.platform.ordering.OrderingService;
import com.ks.platform.shared.DomainException;
import com.ks.platform.ui.CartBadge;
import com.ks.platform.ui.Notices;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import java.util.UUID;

/** The shopper's order actions, shared by the list and the detail page; each asks before it changes anything. */
final class OrderActions {

    private OrderActions() {}

    static void confirmReceipt(Component from, OrderingService ordering, UUID orderId, Runnable changed) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(from.getTranslation("orders.confirmReceipt"));
        dialog.setText(from.getTranslation("orders.confirmReceiptText"));
        dialog.setCancelable(true);
        dialog.setCancelText(from.getTranslation("checkout.cancel"));
        dialog.setConfirmText(from.getTranslation("orders.confirmReceipt"));
        dialog.addConfirmListener(confirmed -> run(() -> ordering.confirmReceipt(orderId), "orders.received", changed));
        dialog.open();
    }

    /** Cancelling asks for a reason from a fixed list (Consumer Protection Law: cancelling before shipment is free). */
    static void cancel(Component from, OrderingService ordering, UUID orderId, Runnable changed) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(from.getTranslation("orders.cancelTitle"));
        RadioButtonGroup<CancelReason> reason = new RadioButtonGroup<>(from.getTranslation("orders.cancelReason"));
        reason.setItems(CancelReason.values());
        reason.setItemLabelGenerator(r -> from.getTranslation(r.messageKey()));
        reason.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        reason.setRequired(true);
        dialog.add(reason);
        Button confirm = new Button(from.getTranslation("orders.cancelConfirm"), click -> {
            if (reason.getValue() == null) {
                reason.setErrorMessage(from.getTranslation("orders.cancelReasonRequired"));
                reason.setInvalid(true);
                return;
            }
            dialog.close();
            run(() -> ordering.cancel(orderId, reason.getValue()), "orders.cancelled", changed);
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button keep = new Button(from.getTranslation("orders.keep"), click -> dialog.close());
        dialog.getFooter().add(keep, confirm);
        dialog.open();
    }

    static void buyAgain(Component from, OrderingService ordering, UUID orderId) {
        try {
            int added = ordering.buyAgain(orderId);
            CartBadge.changed();
            if (added == 0) {
                Notices.error("orders.nothingAdded");
                return;
            }
            from.getUI().ifPresent(ui -> ui.navigate("cart"));
        } catch (DomainException refused) {
            Notices.error(refused);
        }
    }

    private static void run(Runnable command, String successKey, Runnable changed) {
        try {
            command.run();
            Notices.success(successKey);
        } catch (DomainException refused) {
            Notices.error(refused);
        } finally {
            changed.run();
        }
    }
}
