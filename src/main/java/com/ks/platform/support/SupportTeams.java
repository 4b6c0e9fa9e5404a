package com.ks.platform.support;

import com.ks.platform.identity.AccountDetails;
import com.ks.platform.identity.AccountQueries;
import com.ks.platform.identity.Role;
import com.ks.platform.identity.Roles;
import com.ks.platform.shared.AuditTrail;
import com.ks.platform.shared.CurrentActor;
import com.ks.platform.shared.Ids;
import com.ks.platform.shared.NotFound;
import com.ks.platform.shared.RuleViolated;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Teams, agents and routing rules. Agents read them; a CS lead (a role held beside CS_AGENT) puts agents in teams with
 * their limit of open tickets and edits the rules. Every change is audited and takes effect with the next routing
 * decision: routing reads teams and rules from the database each time, never from a cache.
 */
@Service
public class SupportTeams {

    public static final int MAX_OPEN_LIMIT = 200;

    private final AgentRepository agents;
    private final AccountQueries accounts;
    private final SupportSettings settings;
    private final AuditTrail audit;
    private final Clock clock;

    SupportTeams(
            AgentRepository agents, AccountQueries accounts, SupportSettings settings, AuditTrail audit, Clock clock) {
        this.agents = agents;
        this.accounts = accounts;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize(Roles.IS_CS_AGENT)
    @Transactional(readOnly = true)
    public List<TeamSummary> teams() {
        return agents.teams();
    }

    @PreAuthorize(Roles.IS_CS_AGENT)
    @Transactional(readOnly = true)
    public List<AgentSummary> agents() {
        return agents.agents();
    }

    @PreAuthorize(Roles.IS_CS_AGENT)
    @Transactional(readOnly = true)
    public List<RoutingRule> rules() {
        return agents.rules();
    }

    /** Creates a team (a lead); the code is unique. */
    @PreAuthorize(Roles.IS_CS_LEAD)
    @Transactional
    public UUID createTeam(String code, String name, Set<TicketType> skills) {
        if (code == null || !code.strip().matches("[A-Za-z0-9_]{2,40}")) {
            throw new RuleViolated(Map.of("code", "error.support.teamCode"));
        }
        checkName(name);
        String normalised = code.strip().toUpperCase(Locale.ROOT);
        if (agents.teamByCode(normalised).isPresent()) {
            throw new RuleViolated(Map.of("code", "error.support.teamCodeTaken"));
        }
        UUID id = Ids.newId(clock);
        agents.insertTeam(id, normalised, name.strip(), skills == null ? Set.of() : skills, clock.instant());
        audit.record("support_team.created", "support_team", id.toString(), null, normalised + " " + skills(skills));
        return id;
    }

    /** Renames a team or changes its skills (a lead). */
    @PreAuthorize(Roles.IS_CS_LEAD)
    @Transactional
    public void updateTeam(UUID teamId, String name, Set<TicketType> skills) {
        checkName(name);
        if (teamId == null || !agents.updateTeam(teamId, name.strip(), skills == null ? Set.of() : skills)) {
            throw new NotFound("error.support.teamNotFound");
        }
        audit.record("support_team.updated", "support_team", teamId.toString(), null, skills(skills));
    }

    /** {@link #enrol} for the account with this e-mail address, as a lead types it; @return the account's id */
    @PreAuthorize(Roles.IS_CS_LEAD)
    @Transactional
    public UUID enrol(String email, Set<UUID> teamIds, int maxOpen) {
        UUID accountId = email == null || email.isBlank()
                ? null
                : accounts.findByEmail(email.strip()).orElse(null);
        if (accountId == null
                || !accounts.findById(accountId)
                        .map(a -> a.hasRole(Role.CS_AGENT))
                        .orElse(false)) {
            throw new RuleViolated(Map.of("email", "error.support.noSuchAgent"));
        }
        enrol(accountId, teamIds, maxOpen);
        return accountId;
    }

    /**
     * Puts a customer-service account in teams with a limit of open tickets (a lead); a new agent starts OFFLINE.
     * {@code maxOpen} 0 takes the configured default.
     */
    @PreAuthorize(Roles.IS_CS_LEAD)
    @Transactional
    public void enrol(UUID accountId, Set<UUID> teamIds, int maxOpen) {
        AccountDetails account =
                accountId == null ? null : accounts.findById(accountId).orElse(null);
        if (account == null || !account.hasRole(Role.CS_AGENT)) {
            throw new RuleViolated("error.support.notAnAgent");
        }
        int limit = maxOpen == 0 ? settings.maxOpenPerAgent() : maxOpen;
        if (limit < 1 || limit > MAX_OPEN_LIMIT) {
            throw new RuleViolated(Map.of("maxOpen", "error.support.maxOpen"));
        }
        for (UUID teamId : teamIds) {
            agents.team(teamId).orElseThrow(() -> new NotFound("error.support.teamNotFound"));
        }
        if (agents.find(accountId).isPresent()) {
            agents.update(accountId, account.displayName(), limit);
        } else {
            agents.insert(accountId, account.displayName(), limit, clock.instant());
        }
        agents.setTeams(accountId, teamIds);
        audit.record(
                "support_agent.enrolled",
                "support_agent",
                accountId.toString(),
                null,
                "max_open=" + limit + " teams=" + teamIds);
    }

    /** Adds or changes a routing rule (a lead); @return its id */
    @PreAuthorize(Roles.IS_CS_LEAD)
    @Transactional
    public UUID saveRule(RoutingRule rule) {
        if (rule == null || rule.teamId() == null || agents.team(rule.teamId()).isEmpty()) {
            throw new RuleViolated(Map.of("team", "error.support.teamRequired"));
        }
        if (rule.priority() < 0 || rule.priority() > 1000) {
            throw new RuleViolated(Map.of("priority", "error.support.priority"));
        }
        if (rule.language() != null && !rule.language().matches("[a-z]{2}(-[A-Z]{2})?")) {
            throw new RuleViolated(Map.of("language", "error.support.language"));
        }
        UUID id = rule.id() == null ? Ids.newId(clock) : rule.id();
        agents.saveRule(rule, id, CurrentActor.requireAccountId(), clock.instant());
        audit.record(
                rule.id() == null ? "support_routing_rule.created" : "support_routing_rule.updated",
                "support_routing_rule",
                id.toString(),
                null,
                "type=" + rule.type() + " requester=" + rule.requesterKind() + " language=" + rule.language() + " team="
                        + rule.teamId() + " priority=" + rule.priority());
        return id;
    }

    @PreAuthorize(Roles.IS_CS_LEAD)
    @Transactional
    public void deleteRule(UUID ruleId) {
        if (ruleId == null || !agents.deleteRule(ruleId)) {
            throw new NotFound("error.support.ruleNotFound");
        }
        audit.record("support_routing_rule.deleted", "support_routing_rule", ruleId.toString(), null);
    }

    private static void checkName(String name) {
        if (name == null || name.isBlank() || name.strip().length() > 80) {
            throw new RuleViolated(Map.of("name", "error.support.teamName"));
        }
    }

    private static String skills(Set<TicketType> skills) {
        return "skills=" + (skills == null ? "[]" : skills.stream().sorted().toList());
    }
}
