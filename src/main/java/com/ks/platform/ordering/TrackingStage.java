package com.ks.platform.ordering;

/** The stages a parcel passes, as carriers report them. */
public enum TrackingStage {
    PICKED_UP,
    IN_TRANSIT,
    ARRIVED,
    OUT_FOR_DELIVERY,
    DELIVERED;

    public String messageKey() {
        return "tracking.stage." + name();
    }
}
