package com.ks.platform.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code ks.personal-data.*}: the keys that encrypt personal data at rest (docs/DECISIONS.md, "Personal data encrypted
 * at rest"). {@code keyset} is a Tink JSON keyset of AES-256-GCM keys (from the environment, {@code KS_PD_KEYSET}) or
 * {@code keyset-file} names one; {@code index-key} (base64, at least 32 bytes, {@code KS_PD_INDEX_KEY}) or
 * {@code index-key-file} is the HMAC-SHA256 key of the blind indexes. Never in the code or the repository. Without them,
 * {@code dev-keys} (on by default, off in production) makes both on first start and keeps them, owner-only, in
 * {@code dev-key-folder}. {@code reencrypt-cron} rewrites old ciphertexts under the primary key (and encrypts rows
 * written before encryption); it also runs once at start-up, in batches of {@code reencrypt-batch}.
 */
@ConfigurationProperties("ks.personal-data")
public record PersonalDataKeySettings(
        String keyset,
        String keysetFile,
        String indexKey,
        String indexKeyFile,
        Boolean devKeys,
        String devKeyFolder,
        String reencryptCron,
        Integer reencryptBatch) {

    public PersonalDataKeySettings {
        devKeys = devKeys == null || devKeys;
        devKeyFolder = devKeyFolder == null || devKeyFolder.isBlank() ? "data/keys" : devKeyFolder;
        reencryptCron = reencryptCron == null || reencryptCron.isBlank() ? "0 40 3 * * *" : reencryptCron;
        reencryptBatch = reencryptBatch == null || reencryptBatch < 1 ? 200 : reencryptBatch;
    }
}
