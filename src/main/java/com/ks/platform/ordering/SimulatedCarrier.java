package com.ks.platform.ordering;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The demo's stand-in carrier (no carrier's API is reachable from here), shared by outbound parcels and after-sales
 * return parcels: every parcel passes the five {@link TrackingStage}s at a fixed gap after it left, so a feed that runs
 * twice finds the same stages at the same times; a pickup it books gets an SF-format tracking number.
 */
@Component
public class SimulatedCarrier {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Duration stageGap;

    SimulatedCarrier(@Value("${ks.ordering.simulated-carrier.stage-gap:PT2M}") Duration stageGap) {
        this.stageGap = stageGap;
    }

    /** Where a parcel goes: handed over at {@code origin}, through {@code city}'s hubs, delivered in {@code district}. */
    public record Route(String origin, String city, String district) {

        /** To a region written "浙江省 杭州市 西湖区" (or "北京市 东城区"): its city's hubs, then its district. */
        public static Route to(String origin, String regionText) {
            String[] region = regionText.split("\\s+");
            return new Route(origin, region.length > 1 ? region[1] : region[0], region[region.length - 1]);
        }
    }

    /** One stage a parcel reached, where and when. */
    public record Stop(TrackingStage stage, String place, Instant at) {}

    /** The stages a parcel that left at {@code leftAt} has reached by {@code now}, in order. */
    public List<Stop> reached(Instant leftAt, Route route, Instant now) {
        List<Stop> stops = new ArrayList<>();
        TrackingStage[] stages = TrackingStage.values();
        for (int i = 0; i < stages.length; i++) {
            Instant at = leftAt.plus(stageGap.multipliedBy(i + 1L));
            if (at.isAfter(now)) {
                break;
            }
            String place = switch (stages[i]) {
                case PICKED_UP -> route.origin();
                case IN_TRANSIT -> route.city() + "转运中心";
                case ARRIVED -> route.city() + "分拨中心";
                case OUT_FOR_DELIVERY, DELIVERED -> route.district();
            };
            stops.add(new Stop(stages[i], place, at));
        }
        return stops;
    }

    /** A tracking number for a pickup this carrier books, in SF Express's format (SF and 13 digits). */
    public String bookingNumber() {
        return "SF" + (1_000_000_000_000L + (RANDOM.nextLong() & Long.MAX_VALUE) % 9_000_000_000_000L);
    }
}
