package com.ks.platform.community;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A post as the feed and its page show it; {@code product} is the linked product while shoppers can see it, and
 * {@code likedByMe}/{@code mine} answer for whoever is looking (false for visitors).
 */
public record PostCard(
        UUID id,
        Author author,
        String body,
        List<String> photoUrls,
        LinkedProduct product,
        List<String> topics,
        int likes,
        int replies,
        Instant createdAt,
        Instant editedAt,
        boolean likedByMe,
        boolean mine) {

    public PostCard {
        photoUrls = List.copyOf(photoUrls);
        topics = List.copyOf(topics);
    }

    public record LinkedProduct(UUID id, String title, String image) {}
}
