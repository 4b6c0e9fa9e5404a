package com.ks.platform.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;

/** The number on the header's cart link; the cart module provides it. */
public interface CartBadge {

    /** Lines in the current shopper's or visitor's cart. */
    int count();

    /** Tells the header of this tab that the cart changed, so its number follows at once. */
    static void changed() {
        UI ui = UI.getCurrent();
        if (ui != null) {
            ComponentUtil.fireEvent(ui, new Changed(ui));
        }
    }

    final class Changed extends ComponentEvent<UI> {
        Changed(UI source) {
            super(source, false);
        }
    }
}
