package com.ks.platform.intrusion;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class InjectionPatternsTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "' OR '1'='1 | sql-tautology",
                "1 UNION ALL SELECT username, password FROM users | sql-union",
                "1; DROP TABLE identity_account | sql-stacked",
                "1' AND pg_sleep(5)-- | sql-timing",
                "select table_name from information_schema.tables | sql-catalog",
                "<script>alert(document.cookie)</script> | xss-script",
                "<img src=x onerror=alert(1)> | xss-handler",
                "javascript:alert(1) | xss-url",
                "../../../../etc/passwd | path-traversal"
            })
    void attack_tool_payloads_are_recognised(String payload, String kind) {
        assertThat(InjectionPatterns.match(payload)).contains(kind);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "please select a size for me",
                "O'Brien's union of shops",
                "x<y and 3>2",
                "rock 'n' roll t-shirt",
                "手机壳 iPhone 16 Pro 透明",
                "the onerror of my ways",
                "../images/cat.png"
            })
    void what_shoppers_write_is_not_an_attack(String text) {
        assertThat(InjectionPatterns.match(text)).isEmpty();
    }
}
