package com.ks.platform.support.ui;

import com.ks.platform.shared.DomainException;
import com.ks.platform.shared.RuleViolated;
import com.ks.platform.ui.FieldErrors;
import com.ks.platform.ui.Notices;
import com.vaadin.flow.component.HasValidation;
import java.util.Map;

/** How the leads' small forms send: a refusal beside its field (or as a notice), success as a notice, then done. */
final class DeskForms {

    private DeskForms() {}

    static void send(Runnable action, String doneKey, Map<String, ? extends HasValidation> fields, Runnable done) {
        try {
            action.run();
            Notices.success(doneKey);
            done.run();
        } catch (RuleViolated refused) {
            if (!FieldErrors.show(refused, fields)) {
                Notices.error(refused);
            }
        } catch (DomainException refused) {
            Notices.error(refused);
        }
    }
}
