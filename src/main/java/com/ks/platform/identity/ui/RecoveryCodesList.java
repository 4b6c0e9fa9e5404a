package com.ks.platform.identity.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/** Recovery codes, shown once: each signs in once when the phone with the authenticator is lost. */
class RecoveryCodesList extends Div {

    RecoveryCodesList(List<String> codes) {
        setId("two-factor-recovery-codes");
        addClassName("ks-recovery-codes");
        Paragraph explain = new Paragraph(getTranslation("mfa.recovery.shownOnce"));
        UnorderedList list = new UnorderedList();
        codes.forEach(code -> {
            ListItem item = new ListItem(code);
            item.addClassName("ks-mono");
            list.add(item);
        });
        add(explain, list);
    }
}
