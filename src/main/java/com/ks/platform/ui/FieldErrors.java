package com.ks.platform.ui;

import com.ks.platform.shared.RuleViolated;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import java.util.Map;

/**
 * Shows the server's verdict next to each field. The form keeps what the person typed; only the messages change.
 */
public final class FieldErrors {

    private FieldErrors() {}

    /** @return true when at least one error found its field; the rest should be shown as a notice. */
    public static boolean show(RuleViolated violation, Map<String, ? extends HasValidation> fields) {
        return show(violation.fieldErrors(), fields);
    }

    /** @param errors field name → message key */
    public static boolean show(Map<String, String> errors, Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
        boolean shown = false;
        for (var entry : errors.entrySet()) {
            HasValidation field = fields.get(entry.getKey());
            if (field != null) {
                field.setErrorMessage(UI.getCurrent().getTranslation(entry.getValue()));
                field.setInvalid(true);
                shown = true;
            }
        }
        return shown;
    }
}
