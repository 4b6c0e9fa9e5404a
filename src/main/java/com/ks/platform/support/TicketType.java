package com.ks.platform.support;

import java.util.List;

/** What a ticket is about, as the requester chose it (or the source that made it); the routing rules match on it. */
public enum TicketType {
    ORDER(Urgency.NORMAL),
    COMPLAINT(Urgency.HIGH),
    PAYMENT(Urgency.NORMAL),
    /** 人工复核: a person reviews an automated decision (PIPL art. 24). */
    CREDIT_REVIEW(Urgency.NORMAL),
    PRIVACY(Urgency.HIGH),
    OTHER(Urgency.LOW),
    /** 平台介入: an after-sales case the merchant and the shopper could not settle. */
    AFTERSALES(Urgency.HIGH),
    /** A merchant's question to the platform. */
    MERCHANT(Urgency.NORMAL);

    /** What a shopper picks on the contact form. */
    public static final List<TicketType> SHOPPER_CHOICES =
            List.of(ORDER, COMPLAINT, PAYMENT, CREDIT_REVIEW, PRIVACY, OTHER);

    private final Urgency baseUrgency;

    TicketType(Urgency baseUrgency) {
        this.baseUrgency = baseUrgency;
    }

    public Urgency baseUrgency() {
        return baseUrgency;
    }

    public String labelKey() {
        return "support.type." + name();
    }
}
