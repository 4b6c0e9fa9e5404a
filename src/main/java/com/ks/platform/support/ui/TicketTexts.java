package com.ks.platform.support.ui;

import com.ks.platform.support.Reason;
import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.stream.Collectors;

/** Reasons and names kept as translation keys (team names, types) read in the page's language. */
final class TicketTexts {

    private TicketTexts() {}

    static String name(Component page, String nameOrKey) {
        return nameOrKey != null && nameOrKey.startsWith("support.") ? page.getTranslation(nameOrKey) : nameOrKey;
    }

    static String reasons(Component page, List<Reason> reasons) {
        return reasons.stream()
                .map(r -> page.getTranslation(
                        r.key(), r.args().stream().map(a -> name(page, a)).toArray()))
                .collect(Collectors.joining("；"));
    }
}
