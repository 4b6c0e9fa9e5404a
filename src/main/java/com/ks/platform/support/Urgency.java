package com.ks.platform.support;

/** How soon a ticket must be answered; each level has its SLA targets (ks.support.sla). */
public enum Urgency {
    LOW,
    NORMAL,
    HIGH,
    URGENT;

    public Urgency up() {
        return this == URGENT ? URGENT : values()[ordinal() + 1];
    }

    public String labelKey() {
        return "support.urgency." + name();
    }
}
