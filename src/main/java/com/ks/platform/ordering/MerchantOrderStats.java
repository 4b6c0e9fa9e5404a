package com.ks.platform.ordering;

import static com.ks.jooq.Tables.ORDERING_ORDER;

import com.ks.platform.shared.ModuleHook;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A merchant's order figures for the platform's supervision (credit rating sources in this module and in after-sales).
 * Not a door for people: the modules that rate merchants call it.
 */
@Service
@Transactional(readOnly = true)
public class MerchantOrderStats {

    /** Shipment within 48 hours of payment, the usual promise of Chinese marketplaces when a listing names none. */
    public static final Duration SHIP_WITHIN = Duration.ofHours(48);

    /** Orders whose shipping deadline has passed: how many there were, and how many of those shipped in time. */
    public record Shipments(int due, int onTime) {}

    private final DSLContext db;

    MerchantOrderStats(DSLContext db) {
        this.db = db;
    }

    /** Orders of the merchant paid since {@code since}. */
    @ModuleHook
    public int paidSince(UUID merchantId, Instant since) {
        return db.fetchCount(
                ORDERING_ORDER, ORDERING_ORDER.MERCHANT_ID.eq(merchantId).and(ORDERING_ORDER.PAID_AT.ge(since)));
    }

    /**
     * Orders paid in [{@code since}, {@code now} − 48 h): each was due for shipment by now. One shipped later than 48
     * hours after payment, or not yet shipped, is late; one cancelled before shipping is not counted.
     */
    @ModuleHook
    public Shipments shipmentsDue(UUID merchantId, Instant since, Instant now) {
        var due = ORDERING_ORDER
                .MERCHANT_ID
                .eq(merchantId)
                .and(ORDERING_ORDER.PAID_AT.ge(since))
                .and(ORDERING_ORDER.PAID_AT.lt(now.minus(SHIP_WITHIN)))
                .and(ORDERING_ORDER.SHIPPED_AT.isNotNull().or(ORDERING_ORDER.CANCELLED_AT.isNull()));
        // the 48 hours are compared here rather than in SQL: timestamp arithmetic is not portable between H2 and PG
        int[] counts = new int[2];
        try (var rows = db
                .select(ORDERING_ORDER.PAID_AT, ORDERING_ORDER.SHIPPED_AT)
                .from(ORDERING_ORDER)
                .where(due)
                .fetchSize(1000)
                .stream()) {
            rows.forEach(r -> {
                counts[0]++;
                if (r.value2() != null && !r.value2().isAfter(r.value1().plus(SHIP_WITHIN))) {
                    counts[1]++;
                }
            });
        }
        return new Shipments(counts[0], counts[1]);
    }
}
