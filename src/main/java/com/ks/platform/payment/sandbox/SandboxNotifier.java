package com.ks.platform.payment.sandbox;

import com.ks.platform.payment.NotificationSignature;
import com.ks.platform.payment.PaymentSettings;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Sends a sandbox's notifications over real HTTP to the platform, as a provider's servers would: asynchronously, and
 * again after a pause while the answer is not 2xx or 4xx (a refusal is final; the reconciliation job covers the rest).
 */
@Component
class SandboxNotifier {

    private static final Logger log = LoggerFactory.getLogger(SandboxNotifier.class);
    private static final long[] PAUSES_MS = {0, 1_000, 3_000, 9_000};

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final PaymentSettings settings;
    private final Environment environment;

    SandboxNotifier(PaymentSettings settings, Environment environment) {
        this.settings = settings;
        this.environment = environment;
    }

    void sendLater(String provider, String signature, byte[] body) {
        Thread.ofVirtual().name("sandbox-notify-" + provider).start(() -> send(provider, signature, body));
    }

    private void send(String provider, String signature, byte[] body) {
        URI target = URI.create(baseUrl() + "/api/v1/payments/notify/" + provider);
        for (long pause : PAUSES_MS) {
            try {
                Thread.sleep(pause);
                HttpResponse<Void> answer = http.send(
                        HttpRequest.newBuilder(target)
                                .timeout(Duration.ofSeconds(10))
                                .header("Content-Type", "application/json")
                                .header(NotificationSignature.HEADER, signature)
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (answer.statusCode() < 500) {
                    return;
                }
            } catch (InterruptedException stop) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception unreachable) {
                log.debug("Sandbox notification to {} failed: {}", target, unreachable.toString());
            }
        }
        log.warn("Sandbox {} gave up notifying {}; reconciliation will settle the payment", provider, target);
    }

    private String baseUrl() {
        if (!settings.notifyBaseUrl().isEmpty()) {
            return settings.notifyBaseUrl().replaceAll("/+$", "");
        }
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        return "http://127.0.0.1:" + port;
    }
}
