package com.ks.platform.web.ops;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reports request threads that run far longer than any request should (a deadlock, a lost database, a stuck call):
 * each such request is logged once, with its thread's stack, so an operator sees where it hangs without taking a
 * thread dump in the middle of an incident. Per node — no ShedLock: every node watches its own threads.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class StuckRequestWatchdog extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(StuckRequestWatchdog.class);

    /** A request being served: on which thread, since when, whether it was reported already. */
    private static final class InFlight {
        final Thread thread;
        final String request;
        final Instant since;
        volatile boolean reported;

        InFlight(Thread thread, String request, Instant since) {
            this.thread = thread;
            this.request = request;
            this.since = since;
        }
    }

    private final Map<InFlight, Boolean> inFlight = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration stuckAfter;

    StuckRequestWatchdog(Clock clock, @Value("${ks.watchdog.stuck-after:PT30S}") Duration stuckAfter) {
        this.clock = clock;
        this.stuckAfter = stuckAfter;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var current = new InFlight(
                Thread.currentThread(), request.getMethod() + " " + request.getRequestURI(), clock.instant());
        inFlight.put(current, Boolean.TRUE);
        try {
            chain.doFilter(request, response);
        } finally {
            inFlight.remove(current);
        }
    }

    @Scheduled(fixedDelayString = "${ks.watchdog.check-interval:PT10S}", initialDelayString = "PT10S")
    void check() {
        reportStuck();
    }

    /** Logs each request older than the limit once; answers what it found this time. */
    List<String> reportStuck() {
        Instant limit = clock.instant().minus(stuckAfter);
        List<InFlight> stuck = inFlight.keySet().stream()
                .filter(request -> !request.reported && request.since.isBefore(limit))
                .toList();
        for (InFlight request : stuck) {
            request.reported = true;
            log.warn(
                    "Stuck request: {} has run for {} s on thread {} ({}), {} request(s) in flight; its stack:\n{}",
                    request.request,
                    Duration.between(request.since, clock.instant()).toSeconds(),
                    request.thread.getName(),
                    request.thread.getState(),
                    inFlight.size(),
                    Arrays.stream(request.thread.getStackTrace())
                            .map(frame -> "\tat " + frame)
                            .collect(Collectors.joining("\n")));
        }
        return stuck.stream().map(request -> request.request).toList();
    }
}
