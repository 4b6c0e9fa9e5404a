package com.ks.platform.aftersales;

import com.ks.jooq.tables.records.AftersalesCaseRecord;
import com.ks.platform.identity.AddressDetails;
import com.ks.platform.identity.AddressQueries;
import com.ks.platform.identity.Roles;
import com.ks.platform.ordering.Carrier;
import com.ks.platform.ordering.SimulatedCarrier;
import com.ks.platform.shared.BusinessTime;
import com.ks.platform.shared.NotFound;
import com.ks.platform.shared.RuleViolated;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 上门取件: instead of mailing an approved return, the shopper has the carrier pick it up at one of their addresses, on
 * today (in a window not yet over) or one of the next {@value #DAYS_AHEAD} days, in a time window. The platform books it with the simulated carrier, which
 * gives an SF tracking number; the parcel leaves when the window opens and is then tracked like any return parcel.
 */
@Service
public class ReturnPickups {

    static final int DAYS_AHEAD = 3;

    private final CaseAccess access;
    private final CaseLifecycle lifecycle;
    private final AddressQueries addresses;
    private final SimulatedCarrier carrier;
    private final Clock clock;

    ReturnPickups(
            CaseAccess access,
            CaseLifecycle lifecycle,
            AddressQueries addresses,
            SimulatedCarrier carrier,
            Clock clock) {
        this.access = access;
        this.lifecycle = lifecycle;
        this.addresses = addresses;
        this.carrier = carrier;
        this.clock = clock;
    }

    /** The days a pickup may be booked for (China Standard Time): today while a window is still open, and the next 3. */
    @PreAuthorize(Roles.IS_SHOPPER)
    public List<LocalDate> days() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), BusinessTime.ZONE);
        return IntStream.rangeClosed(0, DAYS_AHEAD)
                .mapToObj(today::plusDays)
                .filter(day -> !windows(day).isEmpty())
                .toList();
    }

    /** The windows of {@code day} that have not ended yet. */
    @PreAuthorize(Roles.IS_SHOPPER)
    public List<PickupWindow> windows(LocalDate day) {
        Instant now = clock.instant();
        return Arrays.stream(PickupWindow.values())
                .filter(w -> end(day, w).isAfter(now))
                .toList();
    }

    /** Books the pickup; answers the tracking number. Another shopper's address is not found. */
    @PreAuthorize(Roles.IS_SHOPPER)
    @Transactional
    public String book(UUID caseId, UUID addressId, LocalDate day, PickupWindow window) {
        if (addressId == null) {
            throw new RuleViolated(Map.of("address", "error.aftersales.pickupAddress"));
        }
        if (day == null || !days().contains(day)) {
            throw new RuleViolated(Map.of("day", "error.aftersales.pickupDay"));
        }
        if (window == null || !windows(day).contains(window)) {
            throw new RuleViolated(Map.of("window", "error.aftersales.pickupWindow"));
        }
        AddressDetails address;
        try {
            address = addresses.mine(addressId);
        } catch (NotFound notMine) {
            throw new RuleViolated(Map.of("address", "error.aftersales.pickupAddress"));
        }
        AftersalesCaseRecord record = access.shoppers(caseId);
        String trackingNo = carrier.bookingNumber();
        Instant opens = day.atTime(window.from()).atZone(BusinessTime.ZONE).toInstant();
        // a window already open today is picked up from now on
        Instant leaves = opens.isAfter(clock.instant()) ? opens : clock.instant();
        record.setReturnMethod("PICKUP");
        record.setReturnCarrier(Carrier.SF.name());
        record.setReturnTrackingNo(trackingNo);
        record.setPickupAddress(address.recipient() + " " + address.regionText() + " " + address.detail());
        record.setPickupRegion(address.regionText());
        record.setPickupDate(day);
        record.setPickupWindow(window.name());
        record.setReturnShippedAt(leaves);
        lifecycle.move(
                record,
                CaseState.RETURN_SHIPPED,
                CaseAccess.shopper(),
                trackingNo + " · " + day + " " + window.label(),
                clock.instant());
        return trackingNo;
    }

    private static Instant end(LocalDate day, PickupWindow window) {
        return day.atTime(window.to()).atZone(BusinessTime.ZONE).toInstant();
    }
}
