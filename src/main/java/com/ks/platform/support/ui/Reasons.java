package com.ks.platform.support.ui;

import com.ks.platform.support.Reason;
import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.stream.Collectors;

/** Routing, urgency and history reasons in the reader's language; arguments that are keys (types, teams) too. */
final class Reasons {

    private Reasons() {}

    static String text(Component in, List<Reason> reasons) {
        return reasons.stream().map(r -> text(in, r)).collect(Collectors.joining("；"));
    }

    static String text(Component in, Reason reason) {
        Object[] args = reason.args().stream().map(a -> word(in, a)).toArray();
        return in.getTranslation(reason.key(), args);
    }

    /** A stored name that is a translation key ("support.team.AFTERSALES", "support.actor.system") is translated. */
    static String word(Component in, String value) {
        return value != null && value.startsWith("support.") ? in.getTranslation(value) : value;
    }
}
