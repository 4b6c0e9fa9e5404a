package com.ks.platform.shared;

import org.jooq.ConverterContext;
import org.jooq.impl.AbstractContextConverter;

/**
 * jOOQ converter of the columns that hold personal data (the pom's forcedType lists them): the code reads and writes
 * plain {@code String}s, the column holds {@link PersonalDataCipher}'s ciphertext. Comparisons in SQL (=, LIKE, ORDER
 * BY) on these columns do not work — ciphertexts are randomised; equality goes through a blind-index column.
 */
public final class EncryptedText extends AbstractContextConverter<String, String> {

    public EncryptedText() {
        super(String.class, String.class);
    }

    @Override
    public String from(String stored, ConverterContext context) {
        return stored == null ? null : PersonalDataCipher.current().decrypt(stored);
    }

    @Override
    public String to(String plaintext, ConverterContext context) {
        return plaintext == null ? null : PersonalDataCipher.current().encrypt(plaintext);
    }
}
