package com.ks.platform.ui;

import com.ks.platform.shared.RuleViolated;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import java.util.Map;

/**
 * Shows the server's verdict next to each field. The form keeps what the person typed; only the messages change. A
 * message with {@code {0}} names the field by its own label: one rule serves forms that call the same value by
 * different names (the account's name is 昵称 on the sign-up page and 联系人姓名 on the merchant's).
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
                field.setErrorMessage(message(entry.getValue(), field));
                field.setInvalid(true);
                shown = true;
            }
        }
        return shown;
    }

    private static String message(String key, HasValidation field) {
        String text = UI.getCurrent().getTranslation(key);
        String label = field instanceof HasLabel labelled ? labelled.getLabel() : null;
        // a plain replacement, not MessageFormat: an apostrophe in an English message stays as written
        return label == null || label.isBlank() ? text.replace("{0}", "") : text.replace("{0}", label);
    }
}
