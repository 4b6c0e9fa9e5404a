package com.ks.platform.shared;

import java.util.Optional;

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
}
