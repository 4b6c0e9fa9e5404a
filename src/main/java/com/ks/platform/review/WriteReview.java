package com.ks.platform.review;

import java.util.List;
import java.util.UUID;

/** A buyer's review of one line of their order: 1–5 stars overall and per aspect, text, up to nine photos. */
public record WriteReview(
        UUID orderId,
        UUID lineId,
        int stars,
        int qualityStars,
        int logisticsStars,
        int serviceStars,
        String body,
        List<byte[]> photos) {

    public WriteReview {
        photos = photos == null ? List.of() : List.copyOf(photos);
    }
}
