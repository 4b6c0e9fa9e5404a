package com.ks.platform.merchant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One version of a qualification document; the file itself is fetched through the service. */
public record MerchantDocument(
        UUID id,
        UUID merchantId,
        DocumentKind kind,
        int version,
        String contentType,
        long byteCount,
        String fileName,
        String licenceCompanyName,
        LocalDate expiresOn,
        Instant uploadedAt) {

    public boolean isPdf() {
        return "application/pdf".equals(contentType);
    }

    /** How a decision records what it saw: BUSINESS_LICENCE:v2:id. */
    public String versionLabel() {
        return kind.name() + ":v" + version + ":" + id;
    }
}
