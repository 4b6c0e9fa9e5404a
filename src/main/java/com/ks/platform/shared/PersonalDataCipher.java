package com.ks.platform.shared;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Authenticated encryption of personal data at rest (PIPL art. 51: encryption as a security measure) with Google Tink's
 * AES-256-GCM, and blind indexes (HMAC-SHA256 with a key of their own) for the few equality lookups.
 *
 * <p>A stored value reads {@code e1.<key id, 8 hex digits>.<base64url of Tink's ciphertext>}: the key id is visible so
 * that the re-encryption job can find, in SQL, the values that are not yet under the primary key (Tink's own 5-byte
 * prefix inside the ciphertext carries the same id and picks the key when decrypting). New writes use the primary key;
 * the keyset's older keys still decrypt. Text without the prefix is plaintext written before encryption: it is read as
 * it is and rewritten by {@link PersonalDataReencryption}.
 *
 * <p>jOOQ builds its converters ({@link EncryptedText}, named in the pom's forcedType) itself, outside Spring, so this
 * bean publishes itself in a static holder when it is created; {@code SharedConfiguration} makes the jOOQ configuration
 * depend on it, so no query runs before the keys are there. One keyset per JVM, as there is one database.
 */
@Component
public class PersonalDataCipher {

    private static final Logger log = LoggerFactory.getLogger(PersonalDataCipher.class);
    static final String PREFIX = "e1.";
    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

    private static volatile PersonalDataCipher current;

    private volatile Keys keys;
    private final byte[] indexKey;

    private record Keys(KeysetHandle handle, Aead aead, String primaryPrefix) {}

    PersonalDataCipher(PersonalDataKeySettings settings) {
        try {
            AeadConfig.register();
            this.keys = keysOf(loadKeyset(settings));
            this.indexKey = loadIndexKey(settings);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The personal-data keyset is not a Tink AES-GCM JSON keyset", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the personal-data keys", e);
        }
        current = this;
    }

    /** The cipher of this application, for jOOQ's converters. */
    static PersonalDataCipher current() {
        PersonalDataCipher cipher = current;
        if (cipher == null) {
            throw new IllegalStateException("Personal data read or written before the keys were loaded");
        }
        return cipher;
    }

    public String encrypt(String plaintext) {
        if (plaintext == null) {
            return null;
        }
        Keys k = keys;
        try {
            byte[] ciphertext = k.aead().encrypt(plaintext.getBytes(StandardCharsets.UTF_8), null);
            return k.primaryPrefix() + BASE64.encodeToString(ciphertext);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Encryption failed", e);
        }
    }

    public String decrypt(String stored) {
        if (stored == null || !isCiphertext(stored)) {
            return stored;
        }
        int dot = stored.indexOf('.', PREFIX.length());
        try {
            byte[] ciphertext = Base64.getUrlDecoder().decode(stored.substring(dot + 1));
            return new String(keys.aead().decrypt(ciphertext, null), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            // no value in the message: it may be personal data
            throw new IllegalStateException("A stored personal-data value does not decrypt with the keyset", e);
        }
    }

    static boolean isCiphertext(String stored) {
        return stored.startsWith(PREFIX) && stored.indexOf('.', PREFIX.length()) == PREFIX.length() + 8;
    }

    /** {@code e1.<primary key id>.}: stored values that do not start with it are due for re-encryption. */
    public String primaryPrefix() {
        return keys.primaryPrefix();
    }

    /**
     * The blind index of a value, for equality lookups (HMAC-SHA256, base64url, 43 characters). Callers normalise
     * first exactly as the value is stored (e-mail lower-cased, mobile digits only), or equal values will not match.
     */
    public String blindIndex(String value) {
        if (value == null) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(indexKey, "HmacSHA256"));
            return BASE64.encodeToString(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /**
     * Replaces the keyset of this running node (a rotation: the new keyset keeps the old keys to decrypt and has a new
     * primary). Production rotates by restarting with the new keyset (see {@link PersonalDataKeyTool}); tests use this.
     */
    void useKeyset(KeysetHandle handle) throws GeneralSecurityException {
        this.keys = keysOf(handle);
    }

    KeysetHandle keyset() {
        return keys.handle();
    }

    private static Keys keysOf(KeysetHandle handle) throws GeneralSecurityException {
        Aead aead = handle.getPrimitive(RegistryConfiguration.get(), Aead.class);
        String prefix = PREFIX + HexFormat.of().toHexDigits(handle.getPrimary().getId()) + ".";
        return new Keys(handle, aead, prefix);
    }

    private static KeysetHandle loadKeyset(PersonalDataKeySettings settings)
            throws IOException, GeneralSecurityException {
        if (present(settings.keyset())) {
            return TinkJsonProtoKeysetFormat.parseKeyset(settings.keyset(), InsecureSecretKeyAccess.get());
        }
        if (present(settings.keysetFile())) {
            return TinkJsonProtoKeysetFormat.parseKeyset(
                    Files.readString(Path.of(settings.keysetFile())), InsecureSecretKeyAccess.get());
        }
        requireDevKeys(settings);
        Path file = Path.of(settings.devKeyFolder(), "personal-data-keyset.json");
        if (Files.exists(file)) {
            return TinkJsonProtoKeysetFormat.parseKeyset(Files.readString(file), InsecureSecretKeyAccess.get());
        }
        KeysetHandle generated = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
        writeOwnerOnly(file, TinkJsonProtoKeysetFormat.serializeKeyset(generated, InsecureSecretKeyAccess.get()));
        log.warn("Personal data is encrypted with a development keyset made now in {}: set KS_PD_KEYSET", file);
        return generated;
    }

    private static byte[] loadIndexKey(PersonalDataKeySettings settings) throws IOException {
        String base64;
        if (present(settings.indexKey())) {
            base64 = settings.indexKey();
        } else if (present(settings.indexKeyFile())) {
            base64 = Files.readString(Path.of(settings.indexKeyFile()));
        } else {
            requireDevKeys(settings);
            Path file = Path.of(settings.devKeyFolder(), "personal-data-index.key");
            if (!Files.exists(file)) {
                byte[] key = new byte[32];
                new SecureRandom().nextBytes(key);
                writeOwnerOnly(file, Base64.getEncoder().encodeToString(key));
                log.warn("Blind indexes use a development key made now in {}: set KS_PD_INDEX_KEY", file);
            }
            base64 = Files.readString(file);
        }
        byte[] key = Base64.getDecoder().decode(base64.strip());
        if (key.length < 32) {
            throw new IllegalStateException("The blind-index key must have at least 32 bytes (base64)");
        }
        return key;
    }

    private static void requireDevKeys(PersonalDataKeySettings settings) {
        if (!settings.devKeys()) {
            throw new IllegalStateException(
                    "No personal-data keys: set KS_PD_KEYSET and KS_PD_INDEX_KEY (or their -file properties)");
        }
    }

    /** Private from the moment the file exists, where the file system knows owner-only permissions. */
    static void writeOwnerOnly(Path file, String content) throws IOException {
        Path folder = Files.createDirectories(file.toAbsolutePath().getParent());
        if (Files.getFileStore(folder).supportsFileAttributeView("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        Files.writeString(file, content);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
