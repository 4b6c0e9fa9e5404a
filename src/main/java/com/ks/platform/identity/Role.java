package com.ks.platform.identity;

/**
 * Platform roles. One account may hold several; no role implies another: a customer-service lead holds CS_AGENT and
 * CS_LEAD.
 */
public enum Role {
    SHOPPER,
    MERCHANT,
    CS_AGENT,
    /** Leads customer service: edits routing rules, macros and the knowledge base, sees all queues and metrics. */
    CS_LEAD,
    COMPLIANCE_OFFICER,
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
