package com.ks.platform.shared;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The operator's command for the personal-data keys (README, "Personal data keys"), run from the jar with Spring
 * Boot's {@code PropertiesLauncher} ({@code -Dloader.main=com.ks.platform.shared.PersonalDataKeyTool}):
 * <ul>
 *   <li>{@code new-keyset FILE}: a fresh AES-256-GCM keyset (for {@code KS_PD_KEYSET_FILE}), owner-only;
 *   <li>{@code new-index-key FILE}: a fresh 32-byte blind-index key (for {@code KS_PD_INDEX_KEY_FILE}), owner-only;
 *   <li>{@code rotate FILE}: adds a new primary key to the keyset in FILE, keeping the old keys to decrypt; after a
 *       restart with it, new writes use the new key and the nightly job rewrites the old ciphertexts.
 * </ul>
 * Rotating the blind-index key is not a rotation: every index would have to be recomputed from the decrypted values.
 */
public final class PersonalDataKeyTool {

    private PersonalDataKeyTool() {}

    public static void main(String[] args) throws IOException, GeneralSecurityException {
        if (args.length != 2) {
            System.err.println("usage: new-keyset FILE | new-index-key FILE | rotate FILE");
            System.exit(2);
        }
        AeadConfig.register();
        Path file = Path.of(args[1]);
        switch (args[0]) {
            case "new-keyset" ->
                PersonalDataCipher.writeOwnerOnly(
                        file, serialize(KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM)));
            case "new-index-key" -> {
                byte[] key = new byte[32];
                new SecureRandom().nextBytes(key);
                PersonalDataCipher.writeOwnerOnly(file, Base64.getEncoder().encodeToString(key));
            }
            case "rotate" -> {
                KeysetHandle rotated = withNewPrimary(
                        TinkJsonProtoKeysetFormat.parseKeyset(Files.readString(file), InsecureSecretKeyAccess.get()));
                Files.writeString(file, serialize(rotated));
                System.out.println("new primary key id: "
                        + Integer.toUnsignedString(rotated.getPrimary().getId()));
            }
            default -> {
                System.err.println("unknown command: " + args[0]);
                System.exit(2);
            }
        }
    }

    /** The keyset with one more AES-256-GCM key, made primary; the earlier keys stay to decrypt. */
    public static KeysetHandle withNewPrimary(KeysetHandle keyset) throws GeneralSecurityException {
        return KeysetHandle.newBuilder(keyset)
                .addEntry(KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM)
                        .withRandomId()
                        .makePrimary())
                .build();
    }

    private static String serialize(KeysetHandle keyset) throws GeneralSecurityException {
        return TinkJsonProtoKeysetFormat.serializeKeyset(keyset, InsecureSecretKeyAccess.get());
    }
}
