package com.ks.platform.support;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

public record AgentSummary(
        UUID accountId,
        String displayName,
        AgentStatus status,
        int openTickets,
        int maxOpen,
        Set<UUID> teamIds,
        Instant statusChangedAt) {}
