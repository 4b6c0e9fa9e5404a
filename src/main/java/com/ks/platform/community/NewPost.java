package com.ks.platform.community;

import java.util.List;
import java.util.UUID;

/** What a shopper publishes: text (its #话题 become the post's topics), photos, optionally the product it is about. */
public record NewPost(String body, List<byte[]> photos, UUID productId) {

    public NewPost {
        photos = photos == null ? List.of() : List.copyOf(photos);
    }
}
