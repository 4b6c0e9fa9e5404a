package com.ks.platform.compliance.export;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code ks.compliance.export.*}: the platform's Ed25519 key that signs regulator exports — a PKCS#8 PEM given in
 * {@code signing-key} (from the environment, {@code KS_EXPORT_SIGNING_KEY}) or in the file {@code signing-key-file};
 * never in the code or the repository. Without either, {@code dev-key} (on by default, off in production) lets the
 * platform make its own key on first start and keep it in {@code dev-key-file}, for the demo.
 */
@ConfigurationProperties("ks.compliance.export")
public record ExportSettings(String signingKey, String signingKeyFile, Boolean devKey, String devKeyFile) {

    public ExportSettings {
        devKey = devKey == null || devKey;
        devKeyFile = devKeyFile == null || devKeyFile.isBlank() ? "data/keys/regulator-export-ed25519.pem" : devKeyFile;
    }
}
