package com.ks.platform.merchant;

import java.util.EnumSet;
import java.util.Set;

/** Qualification documents a merchant files for review. */
public enum DocumentKind {
    /** 营业执照: many are issued 长期 (no end date), so the expiry is optional. */
    BUSINESS_LICENCE(false),
    /** 税务登记: merged into the business licence since 三证合一, kept for older companies; no expiry. */
    TAX_REGISTRATION(false),
    /** 质检报告: a product quality/inspection report, valid for a limited time. */
    QUALITY_REPORT(true),
    /** 行业许可证, e.g. 食品经营许可证 for food: always issued for a term. */
    CATEGORY_PERMIT(true);

    private final boolean expiryRequired;

    DocumentKind(boolean expiryRequired) {
        this.expiryRequired = expiryRequired;
    }

    public boolean expiryRequired() {
        return expiryRequired;
    }

    /** What review asks of a merchant selling in the category. */
    public static Set<DocumentKind> requiredFor(BusinessCategory category) {
        Set<DocumentKind> required = EnumSet.of(BUSINESS_LICENCE);
        switch (category) {
            case FOOD, BEAUTY -> required.add(CATEGORY_PERMIT);
            case MOTHER_BABY -> {
                required.add(CATEGORY_PERMIT);
                required.add(QUALITY_REPORT);
            }
            case APPLIANCES -> required.add(QUALITY_REPORT);
            default -> {}
        }
        return required;
    }
}
