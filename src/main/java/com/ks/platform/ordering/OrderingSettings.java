package com.ks.platform.ordering;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code ks.ordering.*}: how long an order waits for payment, how long a delivered order waits for the shopper's
 * confirmation, how often the timeout job runs, and whether the development-only payment action is offered.
 */
@ConfigurationProperties("ks.ordering")
public record OrderingSettings(
        Duration paymentTimeout, Duration autoCompleteAfter, Duration timeoutCheckInterval, boolean devPayment) {

    public OrderingSettings {
        paymentTimeout = paymentTimeout == null ? Duration.ofMinutes(30) : paymentTimeout;
        autoCompleteAfter = autoCompleteAfter == null ? Duration.ofDays(7) : autoCompleteAfter;
        timeoutCheckInterval = timeoutCheckInterval == null ? Duration.ofSeconds(30) : timeoutCheckInterval;
    }
}
