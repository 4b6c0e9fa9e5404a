package com.ks.platform.support.macros;

import java.util.UUID;

/** A lead's new macro ({@code id} null) or their edit of one. */
public record SaveMacro(UUID id, String title, MacroLanguage language, String body) {}
