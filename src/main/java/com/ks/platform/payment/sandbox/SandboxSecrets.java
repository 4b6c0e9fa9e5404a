package com.ks.platform.payment.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The notification secret of each sandbox provider, from {@code ks.payment.sandbox.<provider>.secret} (an environment
 * variable such as {@code KS_PAYMENT_SANDBOX_WECHAT_SECRET}). Without one, a random secret is made at start-up: the
 * sandbox and the platform share this process, so it only has to be the same on one node. Never hard-coded.
 */
@Component
class SandboxSecrets {

    private static final Logger log = LoggerFactory.getLogger(SandboxSecrets.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Environment environment;
    private final Map<String, byte[]> secrets = new ConcurrentHashMap<>();

    SandboxSecrets(Environment environment) {
        this.environment = environment;
    }

    byte[] of(String provider) {
        return secrets.computeIfAbsent(provider, id -> {
            String configured = environment.getProperty("ks.payment.sandbox." + id + ".secret", "");
            if (!configured.isBlank()) {
                return configured.getBytes(StandardCharsets.UTF_8);
            }
            byte[] generated = new byte[32];
            RANDOM.nextBytes(generated);
            log.warn(
                    "No ks.payment.sandbox.{}.secret configured: generated a random notification secret for the {}"
                            + " sandbox (valid until restart, this node only)",
                    id,
                    id);
            return generated;
        });
    }
}
