package com.ks.platform.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalFileStorageTest extends FileStorageContract {

    @TempDir
    Path root;

    @Override
    FileStorage storage() {
        return new LocalFileStorage(root.resolve("files").toString());
    }

    @Test
    void no_key_reaches_a_file_outside_the_root() throws Exception {
        Files.writeString(root.resolve("secret.txt"), "secret");
        assertThatThrownBy(() -> storage().get("../secret.txt")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Files.readString(root.resolve("secret.txt"))).isEqualTo("secret");
    }
}
