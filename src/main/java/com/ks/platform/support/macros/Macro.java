package com.ks.platform.support.macros;

import java.time.Instant;
import java.util.UUID;

/** A canned reply (快捷回复) in one language, with placeholders the ticket fills in. */
public record Macro(UUID id, String title, MacroLanguage language, String body, Instant updatedAt) {}
