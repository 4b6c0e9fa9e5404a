package com.ks.platform.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import java.util.UUID;

/**
 * The merchant's credit grade as shoppers see it on the shop page and the product page's merchant card, contributed by
 * compliance (which rates merchants) so the catalog shows it without depending on compliance.
 */
public interface MerchantGrade {

    /** A small badge with the grade; empty while the merchant has not been rated. */
    Optional<Component> badge(UUID merchantId);
}
