package com.ks.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Chinese and English say the same things, and every key the code names exists in both. */
class TranslationsTest {

    private static final Pattern KEY_LITERAL = Pattern.compile(
            "\"((?:error|nav|login|register|privacy|home|footer|surface|role|category|merchant|merchantSignUp|search|product|badge|returns|merchantCard|"
                    + "merchantHome|onboarding|admin|compliance|workbench|document|documents|decision|rejection|checklist|"
                    + "history|review|notice|notices|upload|datePicker|cart|favourites|engagement|editor|merchantProducts|productStatus|address|checkout|order|orders|pay|oneClick|payment|tracking|carrier|merchantOrders|dashboard|settlement|staff|staffInvitation|credit|insights|risk|messages|mail|support|pipl)\\.[A-Za-z0-9_.]+[A-Za-z0-9_])\"");

    @Test
    void both_languages_have_the_same_keys() throws IOException {
        assertThat(load("en").stringPropertyNames()).isEqualTo(load("zh_CN").stringPropertyNames());
    }

    @Test
    void no_key_is_defined_twice_in_a_file() throws IOException {
        for (String language : new String[] {"zh_CN", "en"}) {
            List<String> keys = new java.util.ArrayList<>();
            try (InputStream in = TranslationsTest.class.getResourceAsStream(
                    "/vaadin-i18n/translations_" + language + ".properties")) {
                new String(in.readAllBytes(), StandardCharsets.UTF_8)
                        .lines()
                        .filter(line -> !line.isBlank() && !line.startsWith("#") && line.contains("="))
                        .map(line -> line.substring(0, line.indexOf('=')).strip())
                        .forEach(keys::add);
            }
            assertThat(keys).as("keys defined twice in " + language).doesNotHaveDuplicates();
        }
    }

    @Test
    void no_translation_is_empty() throws IOException {
        for (String language : new String[] {"zh_CN", "en"}) {
            Properties texts = load(language);
            assertThat(texts.stringPropertyNames())
                    .as("empty texts in " + language)
                    .allSatisfy(key -> assertThat(texts.getProperty(key)).isNotBlank());
        }
    }

    @Test
    void every_key_named_in_the_code_is_translated() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source :
                    sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY_LITERAL.matcher(Files.readString(source));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        Set<String> defined = load("zh_CN").stringPropertyNames();
        assertThat(used).as("keys used in code").isNotEmpty();
        assertThat(defined)
                .containsAll(used.stream().filter(key -> !isAuditAction(key)).toList());
    }

    /** Audit action names such as "merchant.approved" share the key shape but are not UI text. */
    private static boolean isAuditAction(String key) {
        return key.matches("product\\.(created|published|unpublished|updated)")
                || key.matches("merchant\\.staff\\.(invited|accepted|permissionsChanged|removed)")
                || Set.of(
                                "merchant.approved",
                                "merchant.rejected",
                                "merchant.signedUp",
                                "merchant.submitted",
                                "merchant.document.uploaded",
                                "merchant.reverification_due")
                        .contains(key);
    }

    private static Properties load(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in =
                TranslationsTest.class.getResourceAsStream("/vaadin-i18n/translations_" + language + ".properties")) {
            assertThat(in).as("translations_" + language).isNotNull();
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
