package com.ks.platform.compliance;

import java.time.Instant;
import java.util.UUID;

/** A stored evidence file: the officer's ({@code OFFICER}) or the merchant's appeal file ({@code MERCHANT}). */
public record Evidence(UUID id, String side, String fileName, String contentType, int sizeBytes, Instant uploadedAt) {

    public boolean image() {
        return contentType.startsWith("image/");
    }
}
