package com.ks.platform.payment.ui;

import com.ks.platform.shared.DomainException;
import com.ks.platform.shared.RuleViolated;
import com.ks.platform.ui.FieldErrors;
import com.ks.platform.ui.Notices;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import java.util.Map;

/** One sandbox page action: errors next to their fields (or as a notice), the button enabled again after a refusal. */
final class SandboxSubmit {

    private SandboxSubmit() {}

    static void run(Button source, Runnable action, Map<String, ? extends HasValidation> fields, Runnable done) {
        fields.values().forEach(field -> field.setInvalid(false));
        try {
            action.run();
            done.run();
        } catch (RuleViolated invalid) {
            if (!FieldErrors.show(invalid, fields)) {
                Notices.error(invalid);
            }
            source.setEnabled(true);
        } catch (DomainException refused) {
            Notices.error(refused);
            source.setEnabled(true);
        }
    }
}
