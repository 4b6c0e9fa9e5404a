package com.ks.platform.support;

import java.util.UUID;

/**
 * Sends matching tickets to a team: null criteria match anything; among matching rules the highest priority wins (a
 * tie goes to the more specific rule). {@code id} is null for a new rule.
 */
public record RoutingRule(
        UUID id, TicketType type, RequesterKind requesterKind, String language, UUID teamId, int priority) {}
