package com.ks.platform.risk;

/** An alert is open until an officer acknowledges it (looking into it) or closes it (done), each with a note. */
public enum RiskAlertStatus {
    OPEN,
    ACKNOWLEDGED,
    CLOSED;

    public String messageKey() {
        return "risk.alertStatus." + name();
    }

    boolean canMoveTo(RiskAlertStatus next) {
        return this == OPEN ? next != OPEN : this == ACKNOWLEDGED && next == CLOSED;
    }
}
