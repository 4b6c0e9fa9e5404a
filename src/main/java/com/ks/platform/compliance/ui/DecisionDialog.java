package com.ks.platform.compliance.ui;

import com.ks.platform.merchant.DocumentKind;
import com.ks.platform.merchant.MerchantReviewService;
import com.ks.platform.merchant.RejectionReason;
import com.ks.platform.shared.RuleViolated;
import com.ks.platform.ui.FieldErrors;
import com.ks.platform.ui.Notices;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Asks for what a refusal needs: a reason from the list and words for the merchant, or which documents to add. */
class DecisionDialog extends Dialog {

    private final TextArea message = new TextArea();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    private DecisionDialog(String titleKey) {
        setHeaderTitle(getTranslation(titleKey));
        setWidth("min(560px, 95vw)");
        message.setLabel(getTranslation("decision.message"));
        message.setMaxLength(2000);
        message.setWidthFull();
        fields.put("message", message);
    }

    static DecisionDialog reject(MerchantReviewService review, UUID merchantId, List<UUID> seen, Runnable reload) {
        DecisionDialog dialog = new DecisionDialog("decision.reject");
        Select<RejectionReason> reason = new Select<>();
        reason.setLabel(dialog.getTranslation("decision.reasonCode"));
        reason.setItems(RejectionReason.values());
        reason.setItemLabelGenerator(r -> dialog.getTranslation("rejection.reason." + r.name()));
        reason.setWidthFull();
        dialog.fields.put("reason", reason);
        dialog.add(reason, dialog.message);
        dialog.confirm(
                "decision.confirmReject",
                ButtonVariant.LUMO_ERROR,
                () -> review.reject(merchantId, reason.getValue(), dialog.message.getValue(), seen),
                "decision.rejected",
                reload);
        return dialog;
    }

    static DecisionDialog askForInformation(
            MerchantReviewService review, UUID merchantId, List<UUID> seen, Runnable reload) {
        DecisionDialog dialog = new DecisionDialog("decision.askInfo");
        CheckboxGroup<DocumentKind> wanted = new CheckboxGroup<>();
        wanted.setLabel(dialog.getTranslation("decision.documentsWanted"));
        wanted.setItems(DocumentKind.values());
        wanted.setItemLabelGenerator(kind -> dialog.getTranslation("document.kind." + kind.name()));
        dialog.fields.put("documents", wanted);
        dialog.add(wanted, dialog.message);
        dialog.confirm(
                "decision.confirmAskInfo",
                ButtonVariant.LUMO_PRIMARY,
                () -> review.askForInformation(merchantId, wanted.getValue(), dialog.message.getValue(), seen),
                "decision.askedInfo",
                reload);
        return dialog;
    }

    private void confirm(String key, ButtonVariant variant, Runnable decide, String successKey, Runnable reload) {
        Button confirm = new Button(getTranslation(key), click -> {
            try {
                decide.run();
                Notices.success(successKey);
                close();
                reload.run();
            } catch (RuleViolated refused) {
                if (!FieldErrors.show(refused, fields)) {
                    Notices.error(refused);
                    close();
                    reload.run();
                }
            }
        });
        confirm.addThemeVariants(variant);
        Button cancel = new Button(getTranslation("decision.cancel"), click -> close());
        getFooter().add(cancel, confirm);
    }
}
