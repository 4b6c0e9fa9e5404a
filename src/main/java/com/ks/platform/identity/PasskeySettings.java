package com.ks.platform.identity;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The WebAuthn relying party (ks.passkeys.*): its id is the site's registrable domain (passkeys are bound to it), the
 * origins are the exact addresses the site is served from. No origins configured means "this server on the rp id"
 * ({@code http://<rp-id>:<port>}), which fits a developer's machine and the tests; production lists its https origins.
 */
@ConfigurationProperties("ks.passkeys")
public record PasskeySettings(String rpId, String rpName, List<String> allowedOrigins) {

    public PasskeySettings {
        rpId = rpId == null || rpId.isBlank() ? "localhost" : rpId.strip();
        rpName = rpName == null || rpName.isBlank() ? "Ks" : rpName.strip();
        allowedOrigins = allowedOrigins == null
                ? List.of()
                : allowedOrigins.stream()
                        .map(String::strip)
                        .filter(o -> !o.isEmpty())
                        .toList();
    }
}
