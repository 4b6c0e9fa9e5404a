package com.ks.platform.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalFileStorageTest {

    @TempDir
    Path root;

    @Test
    void files_are_stored_read_replaced_and_deleted_by_key() {
        FileStorage storage = new LocalFileStorage(root.toString());
        storage.put("merchant/abc/doc-1", new byte[] {1, 2, 3});
        assertThat(storage.get("merchant/abc/doc-1")).contains(new byte[] {1, 2, 3});
        storage.put("merchant/abc/doc-1", new byte[] {4});
        assertThat(storage.get("merchant/abc/doc-1")).contains(new byte[] {4});
        storage.delete("merchant/abc/doc-1");
        assertThat(storage.get("merchant/abc/doc-1")).isEmpty();
        storage.delete("merchant/abc/doc-1");
    }

    @Test
    void a_key_cannot_reach_outside_the_root() throws Exception {
        FileStorage storage = new LocalFileStorage(root.resolve("files").toString());
        Files.writeString(root.resolve("secret.txt"), "secret");
        for (String key :
                new String[] {"../secret.txt", "merchant/../../secret.txt", "/etc/passwd", "a//b", "A/B", ""}) {
            assertThatThrownBy(() -> storage.get(key)).as(key).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> storage.put(key, new byte[] {1}))
                    .as(key)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
