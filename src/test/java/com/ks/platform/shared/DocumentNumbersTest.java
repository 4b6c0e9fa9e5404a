package com.ks.platform.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DocumentNumbersTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 3);

    @Test
    void a_number_is_prefix_day_and_six_letters() {
        assertThat(DocumentNumbers.of("WG", DAY, UUID.randomUUID())).matches("WG-20261203-[A-HJKMNP-TV-Z]{6}");
    }

    @Test
    void no_number_reads_as_a_card_number_to_the_scanner() {
        Set<String> numbers = new HashSet<>();
        for (int i = 0; i < 20_000; i++) {
            String number = DocumentNumbers.of("CC", DAY, UUID.randomUUID());
            numbers.add(number);
            assertThat(CardNumberScan.in(number)).as(number).isEmpty();
        }
        assertThat(numbers).as("distinct among 20 000").hasSizeGreaterThan(19_990);
    }
}
