package com.ks.platform.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;

/** The bell in every surface's header: the signed-in person's unread messages; the notification module provides it. */
public interface MessageBell {

    /** The message centre, one page for every signed-in person whatever their surface. */
    String MESSAGES_ROUTE = "account/messages";

    /** Unread messages of the signed-in person. */
    int unread();

    /** Tells the header of this tab that messages were read, so the bell's number follows at once. */
    static void changed() {
        UI ui = UI.getCurrent();
        if (ui != null) {
            ComponentUtil.fireEvent(ui, new Read(ui));
        }
    }

    final class Read extends ComponentEvent<UI> {
        Read(UI source) {
            super(source, false);
        }
    }
}
