package com.ks.platform.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdsTest {

    @Test
    void ids_are_rfc_9562_version_7_and_ordered_by_time() {
        UUID earlier = Ids.newId(Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC));
        UUID later = Ids.newId(Clock.fixed(Instant.parse("2026-11-25T10:00:01Z"), ZoneOffset.UTC));
        assertThat(earlier.version()).isEqualTo(7);
        assertThat(earlier.variant()).isEqualTo(2);
        assertThat(earlier.getMostSignificantBits() >>> 16)
                .isEqualTo(Instant.parse("2026-11-25T10:00:00Z").toEpochMilli());
        assertThat(earlier.toString().compareTo(later.toString())).isNegative();
    }

    @Test
    void ids_made_in_the_same_millisecond_differ() {
        Clock frozen = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);
        Set<UUID> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            ids.add(Ids.newId(frozen));
        }
        assertThat(ids).hasSize(10_000);
    }
}
