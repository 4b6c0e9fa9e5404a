package com.ks.platform.payment;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code ks.payment.*}: how long a provider keeps a payment without an order deadline open (a credit bill's
 * repayment; an order's payment stays open until the order's own payment deadline), when the
 * reconciliation job asks a provider about a payment still pending, how old a notification may be,, the base URL
 * the sandbox providers send their notifications to (empty: this node's own port). How many refused
 * notifications one source may send is a rate limit ({@code ks.rate-limits.refused-notifications-per-source}).
 */
@ConfigurationProperties("ks.payment")
public record PaymentSettings(
        Duration providerExpiry,
        Duration reconcileAfter,
        Duration reconcileInterval,
        Duration notificationTolerance,
        String notifyBaseUrl) {

    public PaymentSettings {
        providerExpiry = providerExpiry == null ? Duration.ofMinutes(25) : providerExpiry;
        reconcileAfter = reconcileAfter == null ? Duration.ofMinutes(3) : reconcileAfter;
        reconcileInterval = reconcileInterval == null ? Duration.ofMinutes(1) : reconcileInterval;
        notificationTolerance = notificationTolerance == null ? Duration.ofMinutes(5) : notificationTolerance;
        notifyBaseUrl = notifyBaseUrl == null ? "" : notifyBaseUrl.strip();
    }
}
