package com.ks.platform.web.security;

import com.ks.platform.intrusion.BlockedSources;
import com.ks.platform.intrusion.IntrusionDetection;
import com.ks.platform.ui.Translations;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingRequestWrapper;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The app's IPS at the door, before Spring Security: a blocked source gets 429 with {@code Retry-After} — a problem on
 * the API, a plain translated page elsewhere — except on the health probes; every other request goes on, and what it
 * showed afterwards (a 404, injection-like parameters or JSON fields) is handed to {@link IntrusionDetection}. The
 * source is {@code getRemoteAddr()}: a forwarded header counts only where Spring Boot's forward-headers strategy
 * trusts the proxy (docs/security.md).
 */
class IntrusionPreventionFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(IntrusionPreventionFilter.class);

    /** JSON bodies larger than this are passed on without being looked at (the API's own limits refuse them). */
    private static final int INSPECTED_BODY = 64 * 1024;

    private final BlockedSources blocked;
    private final IntrusionDetection detection;
    private final ProblemResponses problems;
    private final Translations translations;
    private final JsonMapper json;
    private final Clock clock;
    private final KnownPaths knownPaths;

    IntrusionPreventionFilter(
            BlockedSources blocked,
            IntrusionDetection detection,
            ProblemResponses problems,
            Translations translations,
            JsonMapper json,
            Clock clock,
            KnownPaths knownPaths) {
        this.knownPaths = knownPaths;
        this.blocked = blocked;
        this.detection = detection;
        this.problems = problems;
        this.translations = translations;
        this.json = json;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String source = request.getRemoteAddr();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith("/actuator/health")) {
            var until = blocked.blockedUntil(source);
            if (until.isPresent()) {
                refuse(request, response, path, until.get());
                return;
            }
        }
        boolean api = path.startsWith("/api/");
        HttpServletRequest inspected =
                api && isJson(request) ? new ContentCachingRequestWrapper(request, INSPECTED_BODY) : request;
        try {
            chain.doFilter(inspected, response);
        } finally {
            try {
                afterwards(inspected, response, source, path);
            } catch (RuntimeException fault) {
                // detection never fails the request it looked at
                log.error("Intrusion signals of {} {} not inspected", request.getMethod(), path, fault);
            }
        }
    }

    private void afterwards(HttpServletRequest request, HttpServletResponse response, String source, String path) {
        if (response.getStatus() == HttpStatus.NOT_FOUND.value() || turnedAwayFromNothing(request, response, path)) {
            detection.unknownPath(source, path);
        } else if (response.getStatus() == HttpStatus.FORBIDDEN.value() && path.startsWith("/api/")) {
            // pages count their refusals in the access-denied view, which also sees navigation inside the app
            detection.accessDenied(source, path);
        }
        parametersOf(request).forEach((name, values) -> {
            if (!name.toLowerCase(Locale.ROOT).contains("password")) {
                values.forEach(value -> detection.inspect(source, name, value));
            }
        });
        if (request instanceof ContentCachingRequestWrapper cached && cached.getContentAsByteArray().length > 0) {
            try {
                inspect(source, "$", json.readTree(cached.getContentAsByteArray()));
            } catch (RuntimeException notJson) {
                // the API refused it already as a 400 problem; nothing to look at
            }
        }
    }

    /**
     * A GET for a path nothing would answer, though the answer was not a 404: signed out, the chains answer first (the
     * login page for pages, 401 for the API); and Vaadin answers an unknown route with its bootstrap page (200), its
     * not-found view rendered in the browser afterwards.
     */
    private boolean turnedAwayFromNothing(HttpServletRequest request, HttpServletResponse response, String path) {
        if (!"GET".equals(request.getMethod())) {
            return false;
        }
        int status = response.getStatus();
        boolean answeredAnyway = path.startsWith("/api/")
                ? status == HttpStatus.UNAUTHORIZED.value()
                : (status == HttpStatus.FOUND.value()
                                && String.valueOf(response.getHeader(HttpHeaders.LOCATION))
                                        .endsWith("/login"))
                        || (status == HttpStatus.OK.value()
                                && String.valueOf(response.getContentType()).startsWith(MediaType.TEXT_HTML_VALUE));
        return answeredAnyway && !knownPaths.exists(request, path);
    }

    private void inspect(String source, String where, JsonNode node) {
        if (node.isString()) {
            detection.inspect(source, where, node.asString());
        } else if (node.isArray()) {
            node.forEach(item -> inspect(source, where + "[]", item));
        } else if (node.isObject()) {
            node.properties().forEach(field -> {
                if (!field.getKey().toLowerCase(Locale.ROOT).contains("password")) {
                    inspect(source, where + "." + field.getKey(), field.getValue());
                }
            });
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, String path, Instant until)
            throws IOException {
        Duration left = Duration.between(clock.instant(), until);
        long seconds = Math.max(1, (left.toMillis() + 999) / 1000);
        long minutes = Math.max(1, (seconds + 59) / 60);
        Locale locale = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null
                ? Translations.CHINESE
                : Translations.supported(request.getLocale());
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
        if (path.startsWith("/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.TOO_MANY_REQUESTS, translations.translate(locale, "intrusion.refused.text", minutes));
            problem.setType(URI.create(ProblemResponses.TYPE_PREFIX + "source-blocked"));
            problem.setProperty("retryAfterSeconds", seconds);
            problems.write(request, response, problem);
            return;
        }
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String title = HtmlUtils.htmlEscape(translations.translate(locale, "intrusion.refused.title"));
        String text = HtmlUtils.htmlEscape(translations.translate(locale, "intrusion.refused.text", minutes));
        PrintWriter out = response.getWriter();
        out.write("<!DOCTYPE html><html lang=\"" + locale.toLanguageTag() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width\"><title>" + title + "</title></head>"
                + "<body style=\"font-family:sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem\">"
                + "<h1>" + title + "</h1><p>" + text + "</p></body></html>");
    }

    /**
     * The query string's parameters, and a form's; other bodies (Vaadin's uploads, its JSON messages) are not parsed
     * here — asking the container for their parameters would read a body its owner streams itself.
     */
    private static Map<String, List<String>> parametersOf(HttpServletRequest request) {
        String type = request.getContentType();
        if (type != null && type.toLowerCase(Locale.ROOT).startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE)) {
            Map<String, List<String>> form = new LinkedHashMap<>();
            request.getParameterMap().forEach((name, values) -> form.put(name, List.of(values)));
            return form;
        }
        String query = request.getQueryString();
        if (query == null || query.isEmpty()) {
            return Map.of();
        }
        Map<String, List<String>> decoded = new LinkedHashMap<>();
        UriComponentsBuilder.newInstance()
                .query(query)
                .build()
                .getQueryParams()
                .forEach((name, values) -> decoded.put(
                        decode(name),
                        values.stream()
                                .map(value -> value == null ? "" : decode(value))
                                .toList()));
        return decoded;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return text;
        }
    }

    private static boolean isJson(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).contains("json");
    }
}
