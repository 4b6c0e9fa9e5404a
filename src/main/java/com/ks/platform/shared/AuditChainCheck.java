package com.ks.platform.shared;

/**
 * The result of walking the audit trail's hash chain: intact, or the first link that does not hold ({@code brokenAt}:
 * its chain sequence number) and what is wrong there — an edited entry, a missing one, or a missing last entry.
 */
public record AuditChainCheck(boolean intact, long entriesChecked, Long brokenAt, String problem) {}
