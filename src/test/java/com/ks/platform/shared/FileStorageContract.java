package com.ks.platform.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** What every {@link FileStorage} promises; each implementation's test supplies a fresh, empty storage. */
abstract class FileStorageContract {

    abstract FileStorage storage();

    @Test
    void files_are_stored_read_replaced_and_deleted_by_key() {
        FileStorage storage = storage();
        storage.put("merchant/abc/doc-1", new byte[] {1, 2, 3});
        assertThat(storage.get("merchant/abc/doc-1")).contains(new byte[] {1, 2, 3});
        storage.put("merchant/abc/doc-1", new byte[] {4});
        assertThat(storage.get("merchant/abc/doc-1")).contains(new byte[] {4});
        storage.delete("merchant/abc/doc-1");
        assertThat(storage.get("merchant/abc/doc-1")).isEmpty();
        storage.delete("merchant/abc/doc-1");
    }

    @Test
    void a_missing_key_is_empty_and_binary_content_comes_back_byte_for_byte() {
        FileStorage storage = storage();
        assertThat(storage.get("catalog/product-images/never-stored")).isEmpty();
        byte[] picture = new byte[3 * 1024 * 1024 + 17];
        new Random(42).nextBytes(picture);
        storage.put("catalog/product-images/big", picture);
        assertThat(storage.get("catalog/product-images/big")).contains(picture);
        storage.put("catalog/product-images/empty", new byte[0]);
        assertThat(storage.get("catalog/product-images/empty")).contains(new byte[0]);
    }

    @Test
    void a_key_that_is_not_ours_is_refused() {
        FileStorage storage = storage();
        for (String key : List.of("../secret.txt", "merchant/../../secret.txt", "/etc/passwd", "a//b", "A/B", "")) {
            assertThatThrownBy(() -> storage.get(key)).as(key).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> storage.put(key, new byte[] {1}))
                    .as(key)
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> storage.delete(key)).as(key).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void a_file_stored_in_a_transaction_that_rolls_back_is_removed_and_one_that_commits_stays() {
        FileStorage storage = storage();
        inTransaction(() -> storage.putInTransaction("merchant/tx/rolled-back", new byte[] {9}), false);
        assertThat(storage.get("merchant/tx/rolled-back")).isEmpty();
        inTransaction(() -> storage.putInTransaction("merchant/tx/committed", new byte[] {8}), true);
        assertThat(storage.get("merchant/tx/committed")).contains(new byte[] {8});
    }

    private static void inTransaction(Runnable work, boolean commit) {
        TransactionSynchronizationManager.initSynchronization();
        try {
            work.run();
            int status = commit
                    ? TransactionSynchronization.STATUS_COMMITTED
                    : TransactionSynchronization.STATUS_ROLLED_BACK;
            TransactionSynchronizationManager.getSynchronizations().forEach(s -> s.afterCompletion(status));
        } finally {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }
}
