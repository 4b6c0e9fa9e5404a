package com.ks.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The build-free frontend has no compiler to catch a broken stylesheet; an unclosed block silently disables the rest. */
class FrontendStylesTest {

    @Test
    void every_stylesheet_has_balanced_blocks() throws Exception {
        try (Stream<Path> files = Files.walk(Path.of("frontend"))) {
            for (Path css : files.filter(p -> p.toString().endsWith(".css")).toList()) {
                int depth = 0;
                for (char c : Files.readString(css).toCharArray()) {
                    depth += c == '{' ? 1 : c == '}' ? -1 : 0;
                    assertThat(depth)
                            .as(css + " closes a block it never opened")
                            .isNotNegative();
                }
                assertThat(depth).as(css + " leaves blocks open").isZero();
            }
        }
    }
}
