package com.ks.platform.ui;

/**
 * A link in the storefront's footer that a higher module provides (the help centre), so the shell links to it without
 * depending on that module.
 */
public interface FooterLink {

    String route();

    String labelKey();

    /** Position among the footer's links, smallest first. */
    default int order() {
        return 0;
    }
}
