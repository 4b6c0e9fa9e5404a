package com.ks.platform.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import com.ks.platform.merchant.ReviewOutcome;
import com.ks.platform.risk.RiskAlertStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The audit log shows every action in words: each action the code records has its name in both languages. */
class AuditActionNamesTest {

    /** {@code audit.record("violation.recorded", …)}, also over several lines; not a prefix joined to a value. */
    private static final Pattern RECORDED = Pattern.compile("audit\\w*\\s*\\.record\\(\\s*\"([A-Za-z_.\\-]+)\"\\s*,");

    /** Codes put together at run time, or handed to a helper that records them. */
    private static Set<String> composedCodes() {
        Set<String> codes = new TreeSet<>(Set.of("account.passwordChanged", "account.passwordReset"));
        for (RiskAlertStatus status : RiskAlertStatus.values()) {
            if (status != RiskAlertStatus.OPEN) {
                codes.add("risk-alert." + status.name().toLowerCase(Locale.ROOT));
            }
        }
        for (AppealState outcome : Set.of(AppealState.GRANTED, AppealState.UPHELD)) {
            codes.add("violation.appeal_" + outcome.name().toLowerCase(Locale.ROOT));
        }
        for (ReviewOutcome outcome : ReviewOutcome.values()) {
            codes.add("merchant." + outcome.name().toLowerCase(Locale.ROOT));
        }
        return codes;
    }

    @Test
    void every_recorded_action_has_a_name_in_chinese_and_english() throws IOException {
        Set<String> codes = composedCodes();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source :
                    sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = RECORDED.matcher(Files.readString(source));
                while (matcher.find()) {
                    codes.add(matcher.group(1));
                }
            }
        }
        assertThat(codes).contains("violation.recorded", "product.created", "audit.verified");
        for (String language : new String[] {"zh_CN", "en"}) {
            Properties texts = load(language);
            assertThat(codes)
                    .as("audit actions without a name in " + language)
                    .allSatisfy(code -> assertThat(texts).containsKey("audit.action." + code));
        }
    }

    private static Properties load(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = AuditActionNamesTest.class.getResourceAsStream(
                "/vaadin-i18n/translations_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
