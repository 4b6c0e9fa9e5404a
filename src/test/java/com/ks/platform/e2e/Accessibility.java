package com.ks.platform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * axe-core (the copy shipped in {@code com.deque.html.axe-core:playwright}) run in the page against WCAG 2.1 A/AA: a
 * page fails on any violation of impact serious or critical, except the rules listed in {@link #EXCEPTIONS} with why.
 */
final class Accessibility {

    /** Rules not enforced, each with its reason. */
    static final Map<String, String> EXCEPTIONS = Map.of();

    private static final String AXE = load();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Accessibility() {}

    static void assertNoSeriousViolations(Page page, String where) {
        assertThat(seriousViolations(page))
                .as("serious or critical accessibility violations on " + where)
                .isEmpty();
    }

    /**
     * The page's serious and critical violations, one line each. WCAG 2.1 A/AA rules, plus axe's experimental
     * {@code label-content-name-mismatch} (WCAG 2.5.3, an accessible name that does not start with the visible text):
     * axe leaves it out by default, and voice-control users cannot say what they see without it.
     */
    static List<String> seriousViolations(Page page) {
        // contrast is judged on what stays on screen: a toast fading in is half transparent for a moment
        page.waitForFunction("() => document.getAnimations().every(a => a.playState !== 'running')");
        page.evaluate(AXE);
        String report = (String) page.evaluate("async () => JSON.stringify([].concat("
                + "(await axe.run(document, {runOnly: {type: 'tag', values:"
                + " ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})).violations,"
                + "(await axe.run(document, {runOnly: {type: 'rule', values:"
                + " ['label-content-name-mismatch']}})).violations))");
        List<String> serious = new ArrayList<>();
        for (JsonNode violation : JSON.readTree(report)) {
            String impact = violation.path("impact").asString("");
            String rule = violation.path("id").asString("");
            if ((impact.equals("serious") || impact.equals("critical")) && !EXCEPTIONS.containsKey(rule)) {
                List<String> targets = new ArrayList<>();
                violation
                        .path("nodes")
                        .forEach(node -> targets.add(node.path("target").toString()));
                String why =
                        violation.path("nodes").path(0).path("failureSummary").asString("");
                serious.add(impact + " " + rule + ": " + violation.path("help").asString("") + " at " + targets + " ("
                        + why.replace('\n', ' ') + ")");
            }
        }
        return serious;
    }

    private static String load() {
        try (InputStream in = Accessibility.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js not on the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
