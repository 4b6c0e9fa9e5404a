package com.ks.platform.compliance.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Signs regulator exports with the platform's Ed25519 key (a detached signature over the archive's bytes, checkable
 * with {@code openssl pkeyutl -verify -rawin}, see docs/regulator-export.md). The key comes from configuration
 * ({@link ExportSettings}); for the demo, one is made on first start and kept in a file outside the repository.
 */
@Component
class ExportSigner {

    private static final Logger log = LoggerFactory.getLogger(ExportSigner.class);

    private final Optional<KeyPair> keys;

    ExportSigner(ExportSettings settings) {
        this.keys = load(settings);
    }

    boolean available() {
        return keys.isPresent();
    }

    byte[] sign(byte[] content) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(keys.orElseThrow().getPrivate());
            signature.update(content);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    /** The public key as an X.509 SubjectPublicKeyInfo PEM, for the officer to hand over with the export. */
    String publicKeyPem() {
        return pem("PUBLIC KEY", keys.orElseThrow().getPublic().getEncoded());
    }

    /** The first 16 hex digits of the public key's SHA-256: which key signed an export. */
    String keyId() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(keys.orElseThrow().getPublic().getEncoded());
            return HexFormat.of().formatHex(digest).substring(0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean verify(byte[] content, byte[] signatureBytes, PublicKey publicKey) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initVerify(publicKey);
            signature.update(content);
            return signature.verify(signatureBytes);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static Optional<KeyPair> load(ExportSettings settings) {
        try {
            if (settings.signingKey() != null && !settings.signingKey().isBlank()) {
                return Optional.of(fromPem(settings.signingKey()));
            }
            if (settings.signingKeyFile() != null && !settings.signingKeyFile().isBlank()) {
                return Optional.of(fromPem(Files.readString(Path.of(settings.signingKeyFile()))));
            }
            if (!settings.devKey()) {
                log.warn("No signing key for regulator exports (KS_EXPORT_SIGNING_KEY): exports are refused");
                return Optional.empty();
            }
            Path file = Path.of(settings.devKeyFile());
            if (Files.exists(file)) {
                return Optional.of(fromPem(Files.readString(file)));
            }
            KeyPair generated = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            Path folder = Files.createDirectories(file.toAbsolutePath().getParent());
            // the key file is private from the moment it exists, where the file system knows owner-only permissions
            if (Files.getFileStore(folder).supportsFileAttributeView("posix")) {
                Files.createFile(
                        file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            Files.writeString(file, pem("PRIVATE KEY", generated.getPrivate().getEncoded()));
            log.warn(
                    "Regulator exports are signed with a development key made now in {}: set KS_EXPORT_SIGNING_KEY",
                    file);
            return Optional.of(generated);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the export signing key", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The export signing key is not an Ed25519 PKCS#8 PEM", e);
        }
    }

    /** The private key's PEM; the public key is derived from it (Ed25519 keeps it inside). */
    static KeyPair fromPem(String pem) throws GeneralSecurityException {
        String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        PrivateKey privateKey = KeyFactory.getInstance("Ed25519")
                .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        return new KeyPair(publicOf((EdECPrivateKey) privateKey), privateKey);
    }

    /** The X.509 prefix of an Ed25519 public key (RFC 8410): the 32 key bytes follow it. */
    private static final byte[] ED25519_SPKI_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    private static PublicKey publicOf(EdECPrivateKey privateKey) throws GeneralSecurityException {
        byte[] seed = privateKey.getBytes().orElseThrow();
        byte[] raw =
                new Ed25519PrivateKeyParameters(seed, 0).generatePublicKey().getEncoded();
        byte[] spki = new byte[ED25519_SPKI_PREFIX.length + raw.length];
        System.arraycopy(ED25519_SPKI_PREFIX, 0, spki, 0, ED25519_SPKI_PREFIX.length);
        System.arraycopy(raw, 0, spki, ED25519_SPKI_PREFIX.length, raw.length);
        return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki));
    }

    static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
