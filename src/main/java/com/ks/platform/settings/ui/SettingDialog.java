package com.ks.platform.settings.ui;

import com.ks.platform.settings.SettingKind;
import com.ks.platform.settings.SettingSummary;
import com.ks.platform.settings.Settings;
import com.ks.platform.shared.DomainException;
import com.ks.platform.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import java.math.BigDecimal;

/**
 * Changes one setting: the new value in the unit a person thinks in (percent, yuan, minutes, points) and a reason.
 * The service checks the range and whether someone else changed the value since this page showed it.
 */
class SettingDialog extends Dialog {

    private final Settings settings;
    private final SettingSummary setting;
    private final Runnable onChanged;
    private final BigDecimalField value = new BigDecimalField();
    private final TextArea reason = new TextArea();

    SettingDialog(Settings settings, SettingSummary setting, String label, Runnable onChanged) {
        this.settings = settings;
        this.setting = setting;
        this.onChanged = onChanged;
        SettingKind kind = setting.definition().kind();
        setHeaderTitle(getTranslation("settings.change.heading", label));
        setWidth("min(480px, 100vw)");
        value.setLabel(getTranslation("settings.change.value." + kind.name()));
        value.setValue(kind.toEntry(setting.current()));
        value.setHelperText(getTranslation(
                "settings.change.range",
                kind.toEntry(setting.definition().min()).toPlainString(),
                kind.toEntry(setting.definition().max()).toPlainString(),
                kind.toEntry(setting.definition().defaultValue()).toPlainString()));
        value.setWidthFull();
        reason.setLabel(getTranslation("settings.reason"));
        reason.setMaxLength(500);
        reason.setRequired(true);
        reason.setWidthFull();
        Button save = new Button(getTranslation("settings.change.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("settings.change.cancel"), click -> close());
        getFooter().add(cancel, save);
        add(value, reason);
    }

    private void save() {
        BigDecimal entry = value.getValue();
        if (entry == null) {
            Notices.error("settings.error.noValue");
            return;
        }
        try {
            settings.change(
                    setting.definition().key(),
                    setting.definition().kind().fromEntry(entry),
                    setting.revision(),
                    reason.getValue());
            Notices.success("settings.change.done");
            close();
            onChanged.run();
        } catch (DomainException refused) {
            Notices.error(refused);
            if ("settings.error.stale".equals(refused.messageKey())) {
                close();
                onChanged.run();
            }
        }
    }
}
