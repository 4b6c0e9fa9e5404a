package com.ks.platform.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code ks.notification.mail.*}: the sender address, the address of the app that mails link to, how often the sender
 * job looks for due mails, and how it retries (exponential backoff from {@code retryBase} up to {@code retryMax}, then
 * FAILED after {@code maxAttempts}). The SMTP server itself is Boot's {@code spring.mail.*}.
 */
@ConfigurationProperties("ks.notification")
record NotificationSettings(Mail mail) {

    record Mail(
            String from,
            String baseUrl,
            Duration pollInterval,
            int maxAttempts,
            Duration retryBase,
            Duration retryMax,
            Duration lease) {

        Mail {
            from = from == null || from.isBlank() ? "no-reply@ks.example" : from;
            baseUrl = baseUrl == null || baseUrl.isBlank() ? "http://localhost:8080/" : baseUrl;
            baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
            pollInterval = pollInterval == null ? Duration.ofSeconds(15) : pollInterval;
            maxAttempts = maxAttempts <= 0 ? 8 : maxAttempts;
            retryBase = retryBase == null ? Duration.ofMinutes(1) : retryBase;
            retryMax = retryMax == null ? Duration.ofHours(6) : retryMax;
            lease = lease == null ? Duration.ofMinutes(5) : lease;
        }

        /** The wait before attempt {@code attempts + 1}: base, 2×base, 4×base, … capped. */
        Duration backoff(int attempts) {
            Duration wait = retryBase.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
            return wait.compareTo(retryMax) > 0 ? retryMax : wait;
        }
    }

    NotificationSettings {
        mail = mail == null ? new Mail(null, null, null, 0, null, null, null) : mail;
    }
}
