package com.ks.platform.web.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;

/**
 * The application's clock in a demo, which the seeder can send back in time for the work of its own thread, so the
 * demo's 90 days of history are made by the real services with consistent past timestamps (placed, paid, shipped,
 * received, reviewed). Every other thread — requests, jobs, event listeners — reads the system time, as does the
 * seeder outside {@link #at}. Only present when {@code ks.demo.enabled=true}.
 */
public final class DemoClock extends Clock {

    private static final ThreadLocal<Duration> BACK = ThreadLocal.withInitial(() -> Duration.ZERO);

    private final Clock system;

    DemoClock(Clock system) {
        this.system = system;
    }

    /** Runs the work as if it were {@code when} (time still flows from there), then returns to the present. */
    <T> T at(Instant when, Supplier<T> work) {
        Duration previous = BACK.get();
        BACK.set(Duration.between(when, system.instant()));
        try {
            return work.get();
        } finally {
            BACK.set(previous);
        }
    }

    Instant realNow() {
        return system.instant();
    }

    @Override
    public Instant instant() {
        return system.instant().minus(BACK.get());
    }

    @Override
    public ZoneId getZone() {
        return system.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return zone.equals(getZone()) ? this : new DemoClock(system.withZone(zone));
    }
}
