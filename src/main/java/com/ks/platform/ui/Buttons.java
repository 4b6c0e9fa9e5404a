package com.ks.platform.ui;

import com.vaadin.flow.component.button.Button;

/** Buttons that send something: the behaviour every submit shares, written once. */
public final class Buttons {

    private Buttons() {}

    /**
     * Runs {@code action} on each click, the button disabled from the click on against double submits and enabled again
     * when the action returns or throws — a refused or invalid submit (the action shows why) can be corrected and sent
     * again without reloading the page and typing everything anew.
     */
    public static Button submitting(Button button, Runnable action) {
        button.setDisableOnClick(true);
        button.addClickListener(click -> {
            try {
                action.run();
            } finally {
                button.setEnabled(true);
            }
        });
        return button;
    }
}
