package com.ks.platform.aftersales;

import com.ks.platform.identity.Roles;
import com.ks.platform.shared.CurrentActor;
import com.ks.platform.shared.RuleViolated;
import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * How much one agent may refund on a case waiting for the platform ({@code ks.aftersales.platform.agent-refund-limit-fen},
 * default ¥500); above it only a lead decides — an agent asks for a lead's approval in the workbench. Checked in
 * {@link PlatformDecisions#refund}'s security expression, so every way to that decision (page, API) is held to it.
 */
@Component("platformRefundLimit")
public class PlatformRefundLimit {

    private final long agentLimitFen;

    PlatformRefundLimit(Settings settings) {
        this.agentLimitFen = settings.agentRefundLimitFen() == null ? 50_000 : settings.agentRefundLimitFen();
    }

    public long agentLimitFen() {
        return agentLimitFen;
    }

    /** Whether the signed-in person may refund this much without a lead. */
    public boolean allows(long amountFen) {
        return amountFen <= agentLimitFen || CurrentActor.hasRole(Roles.CS_LEAD);
    }

    /** True, or refused with the limit named (a rule the agent can act on, not an access error). */
    public boolean check(long amountFen) {
        if (!allows(amountFen)) {
            throw new RuleViolated(
                    "error.aftersales.aboveAgentLimit",
                    BigDecimal.valueOf(agentLimitFen, 2).toPlainString());
        }
        return true;
    }

    @ConfigurationProperties("ks.aftersales.platform")
    record Settings(Long agentRefundLimitFen) {}

    @Configuration
    @EnableConfigurationProperties(Settings.class)
    static class Binding {}
}
