package com.ks.platform.review;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A review as anyone sees it: the author's masked name, stars, text, photos, 追评, the shop's reply and how many found
 * it helpful. A review an officer hid carries the reason; on public pages its text, photos, 追评 and reply are empty.
 */
public record ReviewDetails(
        UUID id,
        UUID productId,
        UUID orderLineId,
        String authorName,
        String specText,
        int stars,
        int qualityStars,
        int logisticsStars,
        int serviceStars,
        String body,
        List<String> photoUrls,
        Instant createdAt,
        String followUpBody,
        Instant followUpAt,
        String replyBody,
        Instant replyAt,
        int helpfulCount,
        String hiddenReason) {

    public boolean hasFollowUp() {
        return followUpBody != null;
    }

    public boolean hasReply() {
        return replyBody != null;
    }

    public boolean hidden() {
        return hiddenReason != null;
    }
}
