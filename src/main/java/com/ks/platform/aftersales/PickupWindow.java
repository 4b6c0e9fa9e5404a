package com.ks.platform.aftersales;

import java.time.LocalTime;

/** The time windows the carrier comes to pick a return up in (上门取件). */
public enum PickupWindow {
    MORNING(LocalTime.of(9, 0), LocalTime.of(12, 0)),
    MIDDAY(LocalTime.of(12, 0), LocalTime.of(15, 0)),
    AFTERNOON(LocalTime.of(15, 0), LocalTime.of(18, 0));

    private final LocalTime from;
    private final LocalTime to;

    PickupWindow(LocalTime from, LocalTime to) {
        this.from = from;
        this.to = to;
    }

    public LocalTime from() {
        return from;
    }

    public LocalTime to() {
        return to;
    }

    public String label() {
        return from + "–" + to;
    }
}
