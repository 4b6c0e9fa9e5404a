package com.ks.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/** The module map of ARCHITECTURE.md, enforced: allowed dependencies only, no cycles, internals stay internal. */
class ModularityTests {

    private static final ApplicationModules MODULES = ApplicationModules.of(KsApplication.class);

    @Test
    void module_boundaries_hold() {
        MODULES.verify();
    }

    @Test
    void the_platform_has_exactly_the_expected_modules() {
        assertThat(MODULES.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
                .containsExactlyInAnyOrder(
                        "shared",
                        "ui",
                        "identity",
                        "notification",
                        "merchant",
                        "catalog",
                        "compliance",
                        "web",
                        "cart",
                        "engagement",
                        "ordering",
                        "credit",
                        "payment",
                        "insights",
                        "risk",
                        "aftersales",
                        "review",
                        "support",
                        "promotion",
                        "privacy",
                        "backup",
                        "community",
                        "intrusion",
                        "settings");
    }
}
