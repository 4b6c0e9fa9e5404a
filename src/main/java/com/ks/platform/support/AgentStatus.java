package com.ks.platform.support;

/** An agent's presence: only ONLINE agents get new tickets; going OFFLINE hands their open tickets back to the team. */
public enum AgentStatus {
    ONLINE,
    AWAY,
    OFFLINE;

    public String labelKey() {
        return "support.presence." + name();
    }
}
