package com.ks.platform.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class S3FileStorageTest extends FileStorageContract {

    private static final String BUCKET = "ks-files";
    private static final String ACCESS_KEY = "test-access";
    private static FakeS3Server server;

    @BeforeAll
    static void startServer() {
        server = new FakeS3Server(BUCKET, ACCESS_KEY);
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Override
    FileStorage storage() {
        return storage("");
    }

    private static S3FileStorage storage(String encryption) {
        return new S3FileStorage(
                server.endpoint().toString(), "cn-north-1", BUCKET, true, encryption, ACCESS_KEY, "test-secret");
    }

    @Test
    void the_server_side_encryption_header_is_sent_when_configured() {
        String key = "merchant/sse/" + UUID.randomUUID();
        storage("AES256").put(key, new byte[] {1});
        assertThat(server.lastEncryption()).isEqualTo("AES256");
        storage("").put(key, new byte[] {2});
        assertThat(server.lastEncryption()).isNull();
    }

    @Test
    void without_credentials_from_the_environment_or_a_bucket_it_refuses_to_start() {
        String endpoint = server.endpoint().toString();
        assertThatThrownBy(() -> new S3FileStorage(endpoint, "cn-north-1", BUCKET, true, "", "", ""))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new S3FileStorage(endpoint, "cn-north-1", " ", true, "", ACCESS_KEY, "s"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void wrong_credentials_are_an_error_not_an_empty_answer() {
        var stranger = new S3FileStorage(
                server.endpoint().toString(), "cn-north-1", BUCKET, true, "", "someone-else", "secret");
        assertThatThrownBy(() -> stranger.get("merchant/x/y")).isInstanceOf(RuntimeException.class);
    }
}
