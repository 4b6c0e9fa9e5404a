package com.ks.platform.compliance.findings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The scan's rules that need no database: what counts as far from the category's price, and the excerpt shown. */
class ProductScannerTest {

    @Test
    void a_price_ten_times_below_or_above_the_category_median_is_far_from_its_range() {
        assertThat(ProductScanner.farFrom(990, 10_000))
                .as("¥9.90 where ¥100 is usual")
                .isTrue();
        assertThat(ProductScanner.farFrom(1_000, 10_000)).isFalse();
        assertThat(ProductScanner.farFrom(100_001, 10_000)).isTrue();
        assertThat(ProductScanner.farFrom(100_000, 10_000)).isFalse();
    }

    @Test
    void the_excerpt_shows_the_term_with_some_words_around_it() {
        String text = "这是一款非常适合通勤和运动的无线耳机，采用国家级实验室认证的降噪技术，续航长达三十小时，支持快充。";
        int at = text.indexOf("国家级");

        String excerpt = ProductScanner.excerpt(text, at, 3);

        assertThat(excerpt).contains("国家级").startsWith("…").endsWith("…");
        assertThat(excerpt.length()).isLessThanOrEqualTo(3 + 2 * 20 + 2);
    }
}
