package com.ks.platform.risk.ui;

import com.ks.platform.risk.RiskAlertStatus;
import com.ks.platform.risk.RiskAlertSummary;
import com.ks.platform.risk.RiskAlerts;
import com.ks.platform.shared.DomainException;
import com.ks.platform.shared.RuleViolated;
import com.ks.platform.ui.FieldErrors;
import com.ks.platform.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;

/** An officer acknowledges (looking into it) or closes an alert; either asks for a note, which the audit trail keeps. */
class RiskAlertDialog extends Dialog {

    private final RiskAlerts alerts;
    private final RiskAlertSummary alert;
    private final Runnable onHandled;
    private final TextArea note = new TextArea();

    RiskAlertDialog(RiskAlerts alerts, RiskAlertSummary alert, Runnable onHandled) {
        this.alerts = alerts;
        this.alert = alert;
        this.onHandled = onHandled;
        setHeaderTitle(getTranslation("risk.alerts.handleTitle", alert.maskedShopper()));
        note.setLabel(getTranslation("risk.alerts.note"));
        note.setMaxLength(500);
        note.setWidthFull();
        note.setValue(alert.note() == null ? "" : alert.note());
        Button acknowledge =
                new Button(getTranslation("risk.alerts.acknowledge"), click -> handle(RiskAlertStatus.ACKNOWLEDGED));
        acknowledge.setVisible(alert.status() == RiskAlertStatus.OPEN);
        Button closeAlert = new Button(getTranslation("risk.alerts.close"), click -> handle(RiskAlertStatus.CLOSED));
        closeAlert.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("risk.challenge.cancel"), click -> close());
        getFooter().add(cancel, acknowledge, closeAlert);
        add(note);
        setWidth("min(480px, 100vw)");
    }

    private void handle(RiskAlertStatus to) {
        try {
            alerts.handle(alert.id(), to, note.getValue());
            Notices.success("risk.alerts.handled");
            close();
            onHandled.run();
        } catch (RuleViolated invalid) {
            if (!FieldErrors.show(invalid, Map.of("note", note))) {
                Notices.error(invalid);
            }
        } catch (DomainException refused) {
            Notices.error(refused);
        }
    }
}
