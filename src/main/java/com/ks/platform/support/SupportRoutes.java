package com.ks.platform.support;

import java.util.UUID;

/** The customer-service pages' addresses, so other pages link to them without string literals. */
public final class SupportRoutes {

    /** The help centre: articles, search, and the way to a person. */
    public static final String HELP = "help";

    /** A shopper's (or a merchant's) question to customer service; {@code ?order=} names an order. */
    public static final String CONTACT = "help/contact";

    public static final String MY_TICKETS = "account/tickets";
    public static final String MERCHANT_SUPPORT = "merchant/support";
    public static final String WORKBENCH_TICKETS = "workbench/tickets";
    public static final String WORKBENCH_KNOWLEDGE = "workbench/knowledge";

    private SupportRoutes() {}

    public static String contactAbout(UUID orderId) {
        return CONTACT + "?order=" + orderId;
    }

    /** The contact page with the kind of question chosen (e.g. CREDIT_REVIEW from the credit page). */
    public static String contactFor(String type) {
        return CONTACT + "?type=" + type;
    }

    public static String myTicket(UUID ticketId) {
        return MY_TICKETS + "/" + ticketId;
    }

    /** A merchant's own ticket in the portal. */
    public static String merchantTicket(UUID ticketId) {
        return MERCHANT_SUPPORT + "/" + ticketId;
    }

    public static String workbenchTicket(UUID ticketId) {
        return WORKBENCH_TICKETS + "/" + ticketId;
    }

    /** A ticket's attached file, served only to those who may read the message it belongs to. */
    public static String attachment(UUID ticketId, UUID attachmentId) {
        return "/media/support/tickets/" + ticketId + "/files/" + attachmentId;
    }

    public static String article(String slug) {
        return HELP + "/articles/" + slug;
    }
}
