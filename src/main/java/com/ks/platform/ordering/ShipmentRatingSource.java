package com.ks.platform.ordering;

import com.ks.platform.compliance.RatingSource;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * 发货及时率 for the merchant credit rating: of the orders paid in the last 90 days whose 48 hours have passed, the
 * share shipped in time, as points (95 % on time: 95 points). A merchant without such orders is not rated on it.
 */
@Component
class ShipmentRatingSource implements RatingSource {

    static final Duration WINDOW = Duration.ofDays(90);

    private final MerchantOrderStats stats;

    ShipmentRatingSource(MerchantOrderStats stats) {
        this.stats = stats;
    }

    @Override
    public String key() {
        return "shipment";
    }

    @Override
    public Optional<Measure> measure(UUID merchantId, Instant now) {
        MerchantOrderStats.Shipments shipments = stats.shipmentsDue(merchantId, now.minus(WINDOW), now);
        if (shipments.due() == 0) {
            return Optional.empty();
        }
        int percent = Math.round(100f * shipments.onTime() / shipments.due());
        return Optional.of(new Measure(shipments.onTime() + "/" + shipments.due() + " (" + percent + "%)", percent));
    }
}
