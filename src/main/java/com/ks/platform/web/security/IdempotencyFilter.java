package com.ks.platform.web.security;

import com.ks.platform.shared.CurrentActor;
import com.ks.platform.shared.IdempotencyKeys;
import com.ks.platform.ui.Translations;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code Idempotency-Key} for every mutating API call: runs after the security chain (so the account is known), keys
 * are scoped per account, the request hash covers method, path and body. A retry gets the first response again
 * (with {@code Idempotent-Replayed: true}); the same key with another request answers 422, one still running 409
 * with {@code Retry-After}. Server errors release the key, so the client can retry; a claim left unanswered by a crash
 * or a lost database lapses after its lease ({@code ks.idempotency.lease}) and the next retry runs it again. Payment notifications are keyed by the provider's ids.
 */
@Component
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    private static final int MAX_KEY = 200;

    private final IdempotencyKeys keys;
    private final ProblemResponses problems;
    private final Translations translations;

    IdempotencyFilter(IdempotencyKeys keys, ProblemResponses problems, Translations translations) {
        this.keys = keys;
        this.problems = problems;
        this.translations = translations;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !path.startsWith("/api/v1/")
                || path.startsWith("/api/v1/payments/notify/")
                || !("POST".equals(request.getMethod())
                        || "PUT".equals(request.getMethod())
                        || "PATCH".equals(request.getMethod())
                        || "DELETE".equals(request.getMethod()))
                || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER).strip();
        var actor = CurrentActor.get();
        if (actor.isEmpty()) {
            chain.doFilter(request, response); // the security chain answers 401
            return;
        }
        if (key.isEmpty() || key.length() > MAX_KEY) {
            refuse(request, response, HttpStatus.BAD_REQUEST, "error.api.idempotencyKey");
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        String scope = "account:" + actor.get().accountId();
        String hash = hash(request.getMethod(), request.getRequestURI(), body);
        switch (keys.claim(scope, key, hash)) {
            case IdempotencyKeys.Replay replay -> {
                response.setStatus(replay.status());
                response.setHeader("Idempotent-Replayed", "true");
                if (replay.contentType() != null) {
                    response.setContentType(replay.contentType());
                }
                if (replay.body() != null) {
                    response.getOutputStream().write(replay.body().getBytes(StandardCharsets.UTF_8));
                }
            }
            case IdempotencyKeys.Mismatch mismatch ->
                refuse(request, response, HttpStatus.UNPROCESSABLE_CONTENT, "error.api.idempotencyMismatch");
            case IdempotencyKeys.InProgress running -> {
                // whole seconds, rounded up: a client that waits that long finds an answer or the lease lapsed
                long seconds = Math.max(1, (running.retryAfter().toMillis() + 999) / 1000);
                response.setHeader("Retry-After", Long.toString(seconds));
                refuse(request, response, HttpStatus.CONFLICT, "error.api.idempotencyInProgress");
            }
            case IdempotencyKeys.Claimed claimed -> {
                ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
                boolean kept = false;
                try {
                    chain.doFilter(new CachedBody(request, body), recorded);
                    if (recorded.getStatus() < 500) {
                        keys.complete(
                                scope,
                                key,
                                recorded.getStatus(),
                                recorded.getContentType(),
                                new String(recorded.getContentAsByteArray(), StandardCharsets.UTF_8));
                        kept = true;
                    }
                } finally {
                    if (!kept) {
                        keys.release(scope, key);
                    }
                    recorded.copyBodyToResponse();
                }
            }
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key)
            throws IOException {
        problems.write(request, response, status, translations.translate(request.getLocale(), key), key);
    }

    private static String hash(String method, String path, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((method + " " + path + "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(body));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** The request with its body read once and replayed to the controller. */
    private static final class CachedBody extends HttpServletRequestWrapper {

        private final byte[] body;

        CachedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                /** The body is already in memory: all of it is available at once, then it is all read. */
                @Override
                public void setReadListener(ReadListener listener) {
                    try {
                        listener.onDataAvailable();
                        listener.onAllDataRead();
                    } catch (java.io.IOException failure) {
                        listener.onError(failure);
                    }
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }
}
