package com.ks.platform.faults;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Every call the fault runs make, sorted by what came back. Clean answers are what a client can act on: 2xx, a 409
 * problem (in progress with Retry-After, or a replayed notification), a 503 problem with Retry-After, a 4xx problem
 * for its own mistake or a sold-out item. Unclean: a hang past {@link #TIMEOUT}, a redirect, an empty 401/403, a 500,
 * anything that is not a problem document. "No connection" is no answer at all: the app was down.
 */
final class Answers {

    /** Longer than any request may take, faults included (the pool gives up on the database after 2 s). */
    static final Duration TIMEOUT = Duration.ofSeconds(15);

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final Map<String, LongAdder> kinds = new ConcurrentHashMap<>();
    private final List<String> unclean = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicLong> maxMillis = new ConcurrentHashMap<>();
    private volatile String window = "load";
    private final AtomicLong lastServedNanos = new AtomicLong();

    /** What a call got back; {@code status} -1 when no answer came. */
    record Answer(int status, String body, String retryAfter, String kind, long millis) {

        boolean ok() {
            return status >= 200 && status < 300;
        }

        boolean retry() {
            return status < 0 || status == 503 || kind.equals("409 in progress");
        }

        /** The server's Retry-After in milliseconds (capped), or a short pause after no answer. */
        long pauseMillis() {
            if (retryAfter != null) {
                return Math.min(10_000, Long.parseLong(retryAfter) * 1000);
            }
            return 300;
        }
    }

    /** Names the phase calls are counted under (load, the fault, recovery). */
    void window(String name) {
        window = name;
    }

    Answer send(String method, String url, String token, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(TIMEOUT)
                .header("Accept-Language", "zh-CN")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        long began = System.nanoTime();
        Answer answer;
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            long millis = (System.nanoTime() - began) / 1_000_000;
            if (response.statusCode() >= 200 && response.statusCode() < 300) {
                // what servedSince reads: a client served again counts as the app answering (it was never set
                // before, so recovery could only be seen through readiness — which waits for all start-up work)
                lastServedNanos.set(System.nanoTime());
            }
            answer = new Answer(
                    response.statusCode(),
                    response.body(),
                    response.headers().firstValue("Retry-After").orElse(null),
                    kindOf(response),
                    millis);
        } catch (HttpTimeoutException hang) {
            answer = new Answer(-2, "", null, "UNCLEAN timeout", (System.nanoTime() - began) / 1_000_000);
        } catch (ConnectException down) {
            answer = new Answer(-1, "", null, "no connection", (System.nanoTime() - began) / 1_000_000);
        } catch (IOException lost) {
            answer = new Answer(-1, "", null, "connection lost", (System.nanoTime() - began) / 1_000_000);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
        kinds.computeIfAbsent(window + ": " + answer.kind(), k -> new LongAdder())
                .increment();
        if (answer.status() != -1) {
            maxMillis.computeIfAbsent(window, w -> new AtomicLong()).accumulateAndGet(answer.millis(), Math::max);
        }
        if (answer.kind().startsWith("UNCLEAN")) {
            unclean.add(method + " " + url + " -> " + answer.kind() + " " + answer.status() + " in " + answer.millis()
                    + " ms: " + abbreviate(answer.body()));
        }
        return answer;
    }

    private static String kindOf(HttpResponse<String> response) {
        int status = response.statusCode();
        boolean problem = response.headers()
                .firstValue("Content-Type")
                .map(type -> type.startsWith("application/problem+json"))
                .orElse(false);
        boolean retryAfter = response.headers().firstValue("Retry-After").isPresent();
        if (status >= 200 && status < 300) {
            return status + "";
        }
        if (status == 409 && problem && response.body().contains("idempotencyInProgress") && retryAfter) {
            return "409 in progress";
        }
        if (status == 409 && problem) {
            return "409 problem";
        }
        if (status == 503 && problem && retryAfter) {
            return "503 problem";
        }
        if (status >= 400 && status < 500 && status != 401 && status != 403 && problem) {
            return status + " problem";
        }
        return "UNCLEAN " + status + (problem ? " problem" : "");
    }

    private static String abbreviate(String body) {
        return body == null || body.length() < 300 ? body : body.substring(0, 300) + "…";
    }

    /** Whether any call was answered 2xx after {@code nanoTime}. */
    boolean servedSince(long nanoTime) {
        return lastServedNanos.get() - nanoTime > 0;
    }

    List<String> unclean() {
        return unclean;
    }

    /** The slowest answer per phase, in milliseconds. */
    Map<String, Long> maxMillis() {
        Map<String, Long> sorted = new TreeMap<>();
        maxMillis.forEach((phase, max) -> sorted.put(phase, max.get()));
        return sorted;
    }

    long count(String kind) {
        return kinds.entrySet().stream()
                .filter(e -> e.getKey().endsWith(": " + kind))
                .mapToLong(e -> e.getValue().sum())
                .sum();
    }

    /** Counts per phase and kind, for the report. */
    Map<String, Long> counts() {
        Map<String, Long> sorted = new TreeMap<>();
        kinds.forEach((kind, count) -> sorted.put(kind, count.sum()));
        return sorted;
    }

    void reset() {
        kinds.clear();
        unclean.clear();
        maxMillis.clear();
    }
}
