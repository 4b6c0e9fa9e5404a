package com.ks.platform.aftersales;

import static com.ks.jooq.Tables.AFTERSALES_CASE;
import static com.ks.jooq.Tables.AFTERSALES_STEP;

import com.ks.platform.compliance.RatingSource;
import com.ks.platform.ordering.MerchantOrderStats;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The merchant credit rating's after-sales sources, over the last 90 days of paid orders: complaints (投诉) per 1 000
 * orders, the after-sales and refund rate, and disputes lost (cases the platform decided for the shopper: a refund
 * after 平台介入, or an upheld complaint). A merchant without paid orders in the window is not rated on them.
 */
@Configuration(proxyBeanMethods = false)
class AfterSalesRatingSources {

    static final Duration WINDOW = Duration.ofDays(90);

    /** 10 points fewer for each complaint per 1 000 orders. */
    @Bean
    RatingSource complaintsSource(Complaints complaints, MerchantOrderStats orders) {
        return source("complaints", orders, (merchantId, since, paid) -> {
            int opened = complaints.complaintsAgainst(merchantId, since).opened();
            BigDecimal perThousand =
                    BigDecimal.valueOf(opened * 1000L).divide(BigDecimal.valueOf(paid), 1, RoundingMode.HALF_UP);
            return new RatingSource.Measure(
                    perThousand.toPlainString() + "‰ (" + opened + "/" + paid + ")",
                    100 - perThousand.multiply(BigDecimal.TEN).intValue());
        });
    }

    /** Cases other than complaints per order: 5 points fewer per percent (20 % and more: none). */
    @Bean
    RatingSource afterSalesSource(DSLContext db, MerchantOrderStats orders) {
        return source("aftersales", orders, (merchantId, since, paid) -> {
            int cases = db.fetchCount(
                    AFTERSALES_CASE,
                    AFTERSALES_CASE
                            .MERCHANT_ID
                            .eq(merchantId)
                            .and(AFTERSALES_CASE.CASE_TYPE.ne(CaseType.COMPLAINT.name()))
                            .and(AFTERSALES_CASE.CREATED_AT.ge(since)));
            BigDecimal percent =
                    BigDecimal.valueOf(cases * 100L).divide(BigDecimal.valueOf(paid), 1, RoundingMode.HALF_UP);
            return new RatingSource.Measure(
                    percent.toPlainString() + "% (" + cases + "/" + paid + ")",
                    100 - percent.multiply(BigDecimal.valueOf(5)).intValue());
        });
    }

    /** 20 points fewer for each case the platform decided against the merchant. */
    @Bean
    RatingSource disputesSource(DSLContext db, MerchantOrderStats orders) {
        return source("disputes", orders, (merchantId, since, paid) -> {
            var againstMerchant = AFTERSALES_STEP
                    .STATE
                    .eq(CaseState.COMPLAINT_UPHELD.name())
                    .or(AFTERSALES_STEP
                            .STATE
                            .eq(CaseState.REFUND_PENDING.name())
                            .and(AFTERSALES_STEP.ACTOR_KIND.eq(CaseDetails.Actor.PLATFORM.name())));
            int lost = db.select(DSL.countDistinct(AFTERSALES_STEP.CASE_ID))
                    .from(AFTERSALES_STEP)
                    .join(AFTERSALES_CASE)
                    .on(AFTERSALES_CASE.ID.eq(AFTERSALES_STEP.CASE_ID))
                    .where(AFTERSALES_CASE.MERCHANT_ID.eq(merchantId))
                    .and(AFTERSALES_STEP.OCCURRED_AT.ge(since))
                    .and(againstMerchant)
                    .fetchOne(0, int.class);
            return new RatingSource.Measure(Integer.toString(lost), 100 - 20 * lost);
        });
    }

    private interface Measurement {
        RatingSource.Measure measure(UUID merchantId, Instant since, int paidOrders);
    }

    private static RatingSource source(String key, MerchantOrderStats orders, Measurement measurement) {
        return new RatingSource() {
            @Override
            public String key() {
                return key;
            }

            @Override
            public Optional<Measure> measure(UUID merchantId, Instant now) {
                Instant since = now.minus(WINDOW);
                int paid = orders.paidSince(merchantId, since);
                return paid == 0 ? Optional.empty() : Optional.of(measurement.measure(merchantId, since, paid));
            }
        };
    }
}
