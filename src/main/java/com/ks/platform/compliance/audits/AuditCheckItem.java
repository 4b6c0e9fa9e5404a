package com.ks.platform.compliance.audits;

import java.util.ArrayList;
import java.util.List;

/** The checklist of an audit: the store's items always, the product's when the sample named one. */
public enum AuditCheckItem {
    LICENCE_VALID(false),
    STORE_MATCHES_LICENCE(false),
    LISTINGS_TRUTHFUL(false),
    PRICES_MARKED(false),
    AFTERSALES_HONOURED(false),
    PRODUCT_TEXT_LAWFUL(true),
    PRODUCT_QUALIFICATION(true),
    PRODUCT_PRICE_REASONABLE(true);

    private final boolean aboutProduct;

    AuditCheckItem(boolean aboutProduct) {
        this.aboutProduct = aboutProduct;
    }

    static List<AuditCheckItem> forTask(boolean withProduct) {
        List<AuditCheckItem> items = new ArrayList<>();
        for (AuditCheckItem item : values()) {
            if (!item.aboutProduct || withProduct) {
                items.add(item);
            }
        }
        return items;
    }

    public String messageKey() {
        return "audit.check." + name();
    }
}
