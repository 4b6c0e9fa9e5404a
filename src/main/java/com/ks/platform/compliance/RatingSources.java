package com.ks.platform.compliance;

import com.ks.platform.catalog.CatalogQueries;
import com.ks.platform.catalog.ShopRating;
import com.ks.platform.merchant.MerchantQueries;
import com.ks.platform.merchant.MerchantStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The rating sources whose data compliance reads itself: violations (its own), the qualification state (merchant)
 * and review ratings (catalog). On-time shipment (ordering) and after-sales, refunds and complaints (aftersales) are
 * sources those modules add by implementing {@link RatingSource}.
 */
@Configuration(proxyBeanMethods = false)
class RatingSources {

    static final Duration VIOLATION_WINDOW = Duration.ofDays(365);

    /** Violations recorded in the last 12 months: 100 points without any, 25 fewer for each. */
    @Bean
    RatingSource violationsSource(ViolationRepository violations) {
        return new RatingSource() {
            @Override
            public String key() {
                return "violations";
            }

            @Override
            public Optional<Measure> measure(UUID merchantId, Instant now) {
                int count = violations.countSince(merchantId, now.minus(VIOLATION_WINDOW));
                return Optional.of(new Measure(Integer.toString(count), 100 - 25 * count));
            }
        };
    }

    /** The qualification state: trading unblemished is full marks, each step down the penalty ladder costs. */
    @Bean
    RatingSource qualificationSource(MerchantQueries merchants) {
        return new RatingSource() {
            @Override
            public String key() {
                return "qualification";
            }

            @Override
            public Optional<Measure> measure(UUID merchantId, Instant now) {
                return merchants
                        .publicFacts(merchantId)
                        .map(m -> new Measure(m.status().name(), points(m.status())));
            }
        };
    }

    /** The average review rating of the shop's products on sale (1–5 stars → 20–100 points); none yet: not counted. */
    @Bean
    RatingSource reviewsSource(CatalogQueries catalog) {
        return new RatingSource() {
            @Override
            public String key() {
                return "reviews";
            }

            @Override
            public Optional<Measure> measure(UUID merchantId, Instant now) {
                ShopRating rating = catalog.shopRating(merchantId);
                if (rating.count() == 0) {
                    return Optional.empty();
                }
                return Optional.of(new Measure(
                        rating.average() + " / 5 (" + rating.count() + ")", (int) Math.round(rating.average() * 20)));
            }
        };
    }

    static int points(MerchantStatus status) {
        return switch (status) {
            case ACTIVE -> 100;
            case WARNED -> 70;
            case REVERIFICATION_DUE -> 50;
            case RESTRICTED -> 40;
            case SUSPENDED -> 10;
            default -> 0;
        };
    }
}
