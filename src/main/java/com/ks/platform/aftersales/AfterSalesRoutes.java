package com.ks.platform.aftersales;

import java.util.UUID;

/** The after-sales pages' addresses, so other pages link to them without string literals. */
public final class AfterSalesRoutes {

    public static final String MY_CASES = "after-sales";
    public static final String MERCHANT_QUEUE = "merchant/after-sales";
    public static final String PLATFORM_QUEUE = "workbench/after-sales";

    private AfterSalesRoutes() {}

    public static String apply(UUID orderId, UUID lineId) {
        return "after-sales/apply/" + orderId + "/" + lineId;
    }

    /** The apply page with 投诉 chosen: where a line is no longer eligible, the shopper may still complain. */
    public static String complain(UUID orderId, UUID lineId) {
        return apply(orderId, lineId) + "?type=" + CaseType.COMPLAINT.name();
    }

    public static String myCase(UUID caseId) {
        return "after-sales/" + caseId;
    }

    public static String merchantCase(UUID caseId) {
        return "merchant/after-sales/" + caseId;
    }

    public static String platformCase(UUID caseId) {
        return "workbench/after-sales/" + caseId;
    }
}
