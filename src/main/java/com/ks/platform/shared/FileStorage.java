package com.ks.platform.shared;

import java.util.Optional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Where uploaded files live, by key (e.g. {@code merchant/<id>/<document id>}). One implementation is active, chosen by
 * {@code ks.storage.kind}: {@code local} (a folder) today; an S3-compatible adapter can be added beside it.
 */
public interface FileStorage {

    /** Stores the bytes under the key, replacing what was there. */
    void put(String key, byte[] content);

    Optional<byte[]> get(String key);

    /** Removes the file; a missing key is not an error. */
    void delete(String key);

    /**
     * Stores the bytes as part of the current transaction: if it rolls back, the file is removed again, so a failed
     * upload leaves no orphan file behind.
     */
    default void putInTransaction(String key, byte[] content) {
        put(key, content);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    delete(key);
                }
            }
        });
    }
}
