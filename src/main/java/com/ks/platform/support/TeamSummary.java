package com.ks.platform.support;

import java.util.Set;
import java.util.UUID;

/** A team; {@code name} is a translation key when it starts with {@code support.}. */
public record TeamSummary(UUID id, String code, String name, Set<TicketType> skills, int online, int waiting) {}
