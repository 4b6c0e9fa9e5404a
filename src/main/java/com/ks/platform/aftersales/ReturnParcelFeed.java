package com.ks.platform.aftersales;

import com.ks.platform.ordering.SimulatedCarrier;
import com.ks.platform.ordering.TrackingStage;
import com.ks.platform.shared.Ids;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tracks return parcels with the same simulated carrier as outbound ones (on and off with it): each parcel on its way
 * back passes the stages from the pickup district (or the shopper's drop-off point) to the merchant's return address.
 * When it is delivered, the merchant's time to confirm receipt counts from that moment (not from an estimate of the
 * transit): a refund that the merchant does not confirm follows {@code merchant-receipt} after delivery.
 */
@Component
@ConditionalOnProperty(name = "ks.ordering.simulated-carrier.enabled", havingValue = "true", matchIfMissing = true)
class ReturnParcelFeed {

    private static final int BATCH = 500;
    private static final Pattern CITY = Pattern.compile("^(?:.{2,7}?[省区])?(.{2,8}?市)(.{1,8}?[区县市])?");

    private final CaseRepository cases;
    private final SimulatedCarrier carrier;
    private final AfterSalesSettings settings;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ReturnParcelFeed(
            CaseRepository cases,
            SimulatedCarrier carrier,
            AfterSalesSettings settings,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.cases = cases;
        this.carrier = carrier;
        this.settings = settings;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${ks.ordering.simulated-carrier.interval:PT30S}", initialDelay = 25_000)
    @SchedulerLock(name = "aftersales-return-parcels", lockAtMostFor = "PT10M")
    void poll() {
        advance(clock.instant());
    }

    /** Adds every stage due by {@code now}; answers how many return parcels were delivered. */
    int advance(Instant now) {
        int delivered = 0;
        for (UUID caseId : cases.returnsInTransit(now, BATCH)) {
            if (Boolean.TRUE.equals(transactions.execute(tx -> advance(caseId, now)))) {
                delivered++;
            }
        }
        return delivered;
    }

    private boolean advance(UUID caseId, Instant now) {
        var record = cases.lock(caseId).orElseThrow();
        if (!CaseState.RETURN_SHIPPED.name().equals(record.getState()) || record.getReturnDeliveredAt() != null) {
            return false;
        }
        String origin = record.getPickupRegion() == null
                ? "寄件网点"
                : SimulatedCarrier.Route.to("", record.getPickupRegion()).district();
        var stops = carrier.reached(record.getReturnShippedAt(), destination(origin, record.getReturnAddress()), now);
        for (SimulatedCarrier.Stop stop : stops) {
            cases.addReturnTracking(Ids.newId(clock), caseId, stop.stage(), stop.place(), stop.at());
            if (stop.stage() == TrackingStage.DELIVERED) {
                record.setReturnDeliveredAt(stop.at());
                if (CaseType.valueOf(record.getCaseType()).refunds()) {
                    record.setDeadlineAt(stop.at().plus(settings.merchantReceipt()));
                }
                record.store();
                return true;
            }
        }
        return false;
    }

    /** The merchant's city and district, read from the start of the return address ("杭州市西湖区文三路 …"). */
    static SimulatedCarrier.Route destination(String origin, String returnAddress) {
        String address = returnAddress == null ? "" : returnAddress.strip();
        Matcher m = CITY.matcher(address);
        if (m.find()) {
            return new SimulatedCarrier.Route(origin, m.group(1), m.group(2) == null ? m.group(1) : m.group(2));
        }
        String place = address.isEmpty() ? "商家" : address.substring(0, Math.min(8, address.length()));
        return new SimulatedCarrier.Route(origin, place, place);
    }
}
