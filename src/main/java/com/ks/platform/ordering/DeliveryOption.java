package com.ks.platform.ordering;

/**
 * How the parcel travels. Standard is free from {@link #FREE_STANDARD_FROM_FEN} per shop (or when every product ships
 * free), otherwise a flat fee; express always costs its surcharge. Fees are per order (per shop).
 */
public enum DeliveryOption {
    STANDARD(1_000),
    EXPRESS(2_000);

    public static final long FREE_STANDARD_FROM_FEN = 9_900;

    private final long feeFen;

    DeliveryOption(long feeFen) {
        this.feeFen = feeFen;
    }

    /** The fee of one shop's order with this subtotal. */
    public long feeFen(long itemsFen, boolean allShipFree) {
        if (this == STANDARD && (allShipFree || itemsFen >= FREE_STANDARD_FROM_FEN)) {
            return 0;
        }
        return feeFen;
    }

    public String messageKey() {
        return "checkout.delivery." + name();
    }
}
