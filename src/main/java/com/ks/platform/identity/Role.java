package com.ks.platform.identity;

/** Platform roles. One account may hold several; no role implies another. */
public enum Role {
    SHOPPER,
    MERCHANT,
    CS_AGENT,
    COMPLIANCE_OFFICER,
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
