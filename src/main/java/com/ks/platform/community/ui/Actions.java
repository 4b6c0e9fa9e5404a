package com.ks.platform.community.ui;

import com.ks.platform.identity.Roles;
import com.ks.platform.shared.CurrentActor;
import com.ks.platform.shared.DomainException;
import com.ks.platform.shared.RuleViolated;
import com.ks.platform.ui.FieldErrors;
import com.ks.platform.ui.Notices;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import java.util.Map;

/** What every community button does with a refusal, and where a visitor goes to take part. */
final class Actions {

    private Actions() {}

    static boolean signedIn() {
        return CurrentActor.get().isPresent();
    }

    static boolean shopper() {
        return CurrentActor.hasRole(Roles.SHOPPER);
    }

    /** Runs the action; a refusal is told next to its field or as a notice. Answers whether it went through. */
    static boolean attempt(Runnable action, Map<String, ? extends HasValidation> fields) {
        try {
            action.run();
            return true;
        } catch (RuleViolated refused) {
            if (!FieldErrors.show(refused, fields)) {
                Notices.error(refused);
            }
        } catch (DomainException refused) {
            Notices.error(refused);
        }
        return false;
    }

    static void signIn() {
        UI.getCurrent().navigate("login");
    }
}
