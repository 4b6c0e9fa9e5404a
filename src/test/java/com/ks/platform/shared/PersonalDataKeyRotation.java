package com.ks.platform.shared;

import java.security.GeneralSecurityException;

/** A key rotation inside the running test context (production restarts with the rotated keyset instead). */
public final class PersonalDataKeyRotation {

    private PersonalDataKeyRotation() {}

    /** Gives the cipher a keyset with a new primary key; the old keys stay, so every stored value still decrypts. */
    public static void rotate(PersonalDataCipher cipher) {
        try {
            cipher.useKeyset(PersonalDataKeyTool.withNewPrimary(cipher.keyset()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
