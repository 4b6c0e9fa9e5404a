package com.ks.platform.ui;

import java.util.Locale;
import java.util.Optional;

/** Where a signed-in person's language choice is kept; the identity module provides it. */
public interface LanguagePreferences {

    /** The signed-in person's saved language, if any. */
    Optional<Locale> preferred();

    /** Saves the signed-in person's choice; does nothing for visitors. */
    void remember(Locale locale);
}
