package com.ks.platform.compliance.export;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A lawful request from an authority (E-Commerce Law art. 25): who asks (authority), their reference (文号), why, and
 * the period of the merchant's records it covers (days in Asia/Shanghai, both included).
 */
public record RegulatorRequest(
        UUID merchantId, String authority, String reference, String reason, LocalDate from, LocalDate to) {}
