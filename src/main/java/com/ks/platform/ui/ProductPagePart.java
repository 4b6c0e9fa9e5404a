package com.ks.platform.ui;

import com.vaadin.flow.component.Component;
import java.util.UUID;

/**
 * A part of the product page contributed by a module above the catalog (收藏 from engagement, reviews from review),
 * so the catalog shows it without depending on those modules.
 */
public interface ProductPagePart {

    /** Where the part goes: beside the buying panel, or below the product's details. */
    enum Place {
        BESIDE_BUYING,
        BELOW_DETAILS
    }

    Place place();

    /** Lower comes first within its place. */
    int order();

    /** A new component for the product, for whoever is looking (signed in or not). */
    Component create(UUID productId);
}
