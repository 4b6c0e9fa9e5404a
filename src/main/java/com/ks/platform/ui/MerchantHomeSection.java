package com.ks.platform.ui;

import com.vaadin.flow.component.Component;

/**
 * A section of the merchant portal's home contributed by another module (sales figures from ordering, …), so the
 * merchant module shows them without depending on those modules.
 */
public interface MerchantHomeSection {

    /** Lower comes first. */
    int order();

    /** Whether the signed-in person may see it (staff without the permission behind it may not). */
    default boolean available() {
        return true;
    }

    /** A new component for the signed-in merchant. */
    Component create();
}
