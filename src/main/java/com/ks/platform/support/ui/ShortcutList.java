package com.ks.platform.support.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/** The ticket page's keyboard shortcuts, listed where the agent works (they are bound by the composer and actions). */
class ShortcutList extends Details {

    static final List<String[]> SHORTCUTS = List.of(
            new String[] {"Ctrl+Enter", "desk.reply.send"},
            new String[] {"Alt+N", "desk.reply.note"},
            new String[] {"Alt+I", "desk.reply.ask"},
            new String[] {"Alt+R", "desk.reply.resolve"},
            new String[] {"Alt+M", "desk.reply.macro"},
            new String[] {"Alt+C", "desk.action.claim"},
            new String[] {"Alt+T", "desk.action.transfer"},
            new String[] {"Alt+E", "desk.action.escalate"},
            new String[] {"Alt+U", "desk.action.urgency"},
            new String[] {"Alt+G", "desk.action.merge"},
            new String[] {"Alt+O", "desk.action.reopen"});

    ShortcutList() {
        setSummaryText(getTranslation("desk.shortcuts"));
        addClassName("ks-shortcuts");
        for (String[] shortcut : SHORTCUTS) {
            Span key = new Span(shortcut[0]);
            key.addClassName("ks-kbd");
            add(new Div(key, new Span(" " + getTranslation(shortcut[1]))));
        }
    }
}
