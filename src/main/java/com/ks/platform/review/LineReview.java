package com.ks.platform.review;

import java.util.UUID;

/** One line of the buyer's order on its review page: what was bought, and its review once written. */
public record LineReview(
        UUID lineId, UUID productId, String title, String specText, String imageRef, ReviewDetails review) {

    public boolean reviewed() {
        return review != null;
    }

    public boolean canFollowUp() {
        return review != null && !review.hasFollowUp();
    }
}
