package com.ks.platform.support;

import static com.ks.jooq.Tables.SUPPORT_AGENT;
import static com.ks.jooq.Tables.SUPPORT_AGENT_TEAM;
import static com.ks.jooq.Tables.SUPPORT_ROUTING_RULE;
import static com.ks.jooq.Tables.SUPPORT_TEAM;
import static com.ks.jooq.Tables.SUPPORT_TICKET;

import com.ks.jooq.tables.records.SupportAgentRecord;
import com.ks.jooq.tables.records.SupportTeamRecord;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Agents, their teams and presence, the teams and the routing rules. */
@Repository
class AgentRepository {

    private final DSLContext db;

    AgentRepository(DSLContext db) {
        this.db = db;
    }

    Optional<SupportAgentRecord> find(UUID accountId) {
        return db.selectFrom(SUPPORT_AGENT)
                .where(SUPPORT_AGENT.ACCOUNT_ID.eq(accountId))
                .fetchOptional();
    }

    void insert(UUID accountId, String name, int maxOpen, Instant at) {
        db.insertInto(SUPPORT_AGENT)
                .set(SUPPORT_AGENT.ACCOUNT_ID, accountId)
                .set(SUPPORT_AGENT.DISPLAY_NAME, name)
                .set(SUPPORT_AGENT.STATUS, AgentStatus.OFFLINE)
                .set(SUPPORT_AGENT.MAX_OPEN, maxOpen)
                .set(SUPPORT_AGENT.OPEN_COUNT, 0)
                .set(SUPPORT_AGENT.STATUS_CHANGED_AT, at)
                .execute();
    }

    void update(UUID accountId, String name, int maxOpen) {
        db.update(SUPPORT_AGENT)
                .set(SUPPORT_AGENT.DISPLAY_NAME, name)
                .set(SUPPORT_AGENT.MAX_OPEN, maxOpen)
                .where(SUPPORT_AGENT.ACCOUNT_ID.eq(accountId))
                .execute();
    }

    void setTeams(UUID accountId, Collection<UUID> teamIds) {
        db.deleteFrom(SUPPORT_AGENT_TEAM)
                .where(SUPPORT_AGENT_TEAM.ACCOUNT_ID.eq(accountId))
                .execute();
        for (UUID teamId : teamIds) {
            db.insertInto(SUPPORT_AGENT_TEAM)
                    .set(SUPPORT_AGENT_TEAM.ACCOUNT_ID, accountId)
                    .set(SUPPORT_AGENT_TEAM.TEAM_ID, teamId)
                    .execute();
        }
    }

    void setStatus(UUID accountId, AgentStatus status, Instant at) {
        db.update(SUPPORT_AGENT)
                .set(SUPPORT_AGENT.STATUS, status)
                .set(SUPPORT_AGENT.STATUS_CHANGED_AT, at)
                .where(SUPPORT_AGENT.ACCOUNT_ID.eq(accountId))
                .execute();
    }

    /**
     * Takes one more ticket for the agent if they are online and under their limit: one conditional update, so two
     * transactions never both take the last place (the second waits for the row and finds the limit reached).
     */
    boolean take(UUID accountId) {
        return db.update(SUPPORT_AGENT)
                        .set(SUPPORT_AGENT.OPEN_COUNT, SUPPORT_AGENT.OPEN_COUNT.plus(1))
                        .where(SUPPORT_AGENT
                                .ACCOUNT_ID
                                .eq(accountId)
                                .and(SUPPORT_AGENT.STATUS.eq(AgentStatus.ONLINE))
                                .and(SUPPORT_AGENT.OPEN_COUNT.lt(SUPPORT_AGENT.MAX_OPEN)))
                        .execute()
                == 1;
    }

    /** Takes one more ticket whatever the agent's presence or limit: a lead's explicit assignment. */
    void takeRegardless(UUID accountId) {
        db.update(SUPPORT_AGENT)
                .set(SUPPORT_AGENT.OPEN_COUNT, SUPPORT_AGENT.OPEN_COUNT.plus(1))
                .where(SUPPORT_AGENT.ACCOUNT_ID.eq(accountId))
                .execute();
    }

    void release(UUID accountId) {
        db.update(SUPPORT_AGENT)
                .set(SUPPORT_AGENT.OPEN_COUNT, SUPPORT_AGENT.OPEN_COUNT.minus(1))
                .where(SUPPORT_AGENT.ACCOUNT_ID.eq(accountId).and(SUPPORT_AGENT.OPEN_COUNT.gt(0)))
                .execute();
    }

    /** Online agents of the team with room for another ticket, the least loaded (then the longest online) first. */
    List<SupportAgentRecord> candidates(UUID teamId) {
        return db.select(SUPPORT_AGENT.asterisk())
                .from(SUPPORT_AGENT)
                .join(SUPPORT_AGENT_TEAM)
                .on(SUPPORT_AGENT_TEAM.ACCOUNT_ID.eq(SUPPORT_AGENT.ACCOUNT_ID))
                .where(SUPPORT_AGENT_TEAM
                        .TEAM_ID
                        .eq(teamId)
                        .and(SUPPORT_AGENT.STATUS.eq(AgentStatus.ONLINE))
                        .and(SUPPORT_AGENT.OPEN_COUNT.lt(SUPPORT_AGENT.MAX_OPEN)))
                .orderBy(SUPPORT_AGENT.OPEN_COUNT, SUPPORT_AGENT.STATUS_CHANGED_AT, SUPPORT_AGENT.ACCOUNT_ID)
                .fetchInto(SUPPORT_AGENT);
    }

    Set<UUID> teamsOf(UUID accountId) {
        return Set.copyOf(db.select(SUPPORT_AGENT_TEAM.TEAM_ID)
                .from(SUPPORT_AGENT_TEAM)
                .where(SUPPORT_AGENT_TEAM.ACCOUNT_ID.eq(accountId))
                .fetch(SUPPORT_AGENT_TEAM.TEAM_ID));
    }

    List<UUID> membersOf(UUID teamId) {
        return db.select(SUPPORT_AGENT_TEAM.ACCOUNT_ID)
                .from(SUPPORT_AGENT_TEAM)
                .where(SUPPORT_AGENT_TEAM.TEAM_ID.eq(teamId))
                .fetch(SUPPORT_AGENT_TEAM.ACCOUNT_ID);
    }

    List<AgentSummary> agents() {
        Map<UUID, Set<UUID>> teams = db.selectFrom(SUPPORT_AGENT_TEAM).fetch().stream()
                .collect(Collectors.groupingBy(
                        r -> r.getAccountId(), Collectors.mapping(r -> r.getTeamId(), Collectors.toSet())));
        return db.selectFrom(SUPPORT_AGENT)
                .orderBy(SUPPORT_AGENT.DISPLAY_NAME, SUPPORT_AGENT.ACCOUNT_ID)
                .fetch(a -> summary(a, teams.getOrDefault(a.getAccountId(), Set.of())));
    }

    static AgentSummary summary(SupportAgentRecord a, Set<UUID> teamIds) {
        return new AgentSummary(
                a.getAccountId(),
                a.getDisplayName(),
                a.getStatus(),
                a.getOpenCount(),
                a.getMaxOpen(),
                teamIds,
                a.getStatusChangedAt());
    }

    // ---- teams and rules

    Optional<SupportTeamRecord> team(UUID teamId) {
        return db.selectFrom(SUPPORT_TEAM).where(SUPPORT_TEAM.ID.eq(teamId)).fetchOptional();
    }

    Optional<SupportTeamRecord> teamByCode(String code) {
        return db.selectFrom(SUPPORT_TEAM).where(SUPPORT_TEAM.CODE.eq(code)).fetchOptional();
    }

    void insertTeam(UUID id, String code, String name, Set<TicketType> skills, Instant at) {
        db.insertInto(SUPPORT_TEAM)
                .set(SUPPORT_TEAM.ID, id)
                .set(SUPPORT_TEAM.CODE, code)
                .set(SUPPORT_TEAM.NAME, name)
                .set(
                        SUPPORT_TEAM.SKILLS,
                        skills.stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
                .set(SUPPORT_TEAM.CREATED_AT, at)
                .execute();
    }

    boolean updateTeam(UUID id, String name, Set<TicketType> skills) {
        return db.update(SUPPORT_TEAM)
                        .set(SUPPORT_TEAM.NAME, name)
                        .set(
                                SUPPORT_TEAM.SKILLS,
                                skills.stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
                        .where(SUPPORT_TEAM.ID.eq(id))
                        .execute()
                == 1;
    }

    List<TeamSummary> teams() {
        var online = db.select(SUPPORT_AGENT_TEAM.TEAM_ID, DSL.count())
                .from(SUPPORT_AGENT_TEAM)
                .join(SUPPORT_AGENT)
                .on(SUPPORT_AGENT.ACCOUNT_ID.eq(SUPPORT_AGENT_TEAM.ACCOUNT_ID))
                .where(SUPPORT_AGENT.STATUS.eq(AgentStatus.ONLINE))
                .groupBy(SUPPORT_AGENT_TEAM.TEAM_ID)
                .fetchMap(SUPPORT_AGENT_TEAM.TEAM_ID, DSL.count());
        var waiting = db.select(SUPPORT_TICKET.TEAM_ID, DSL.count())
                .from(SUPPORT_TICKET)
                .where(SUPPORT_TICKET.ASSIGNEE_ID.isNull().and(SUPPORT_TICKET.STATUS.in(TicketRepository.ACTIVE)))
                .groupBy(SUPPORT_TICKET.TEAM_ID)
                .fetchMap(SUPPORT_TICKET.TEAM_ID, DSL.count());
        return db.selectFrom(SUPPORT_TEAM)
                .orderBy(SUPPORT_TEAM.CREATED_AT, SUPPORT_TEAM.CODE)
                .fetch(t -> new TeamSummary(
                        t.getId(),
                        t.getCode(),
                        t.getName(),
                        skills(t.getSkills()),
                        online.getOrDefault(t.getId(), 0),
                        waiting.getOrDefault(t.getId(), 0)));
    }

    static Set<TicketType> skills(String text) {
        Set<TicketType> skills = EnumSet.noneOf(TicketType.class);
        if (text != null && !text.isBlank()) {
            Arrays.stream(text.split(","))
                    .map(String::strip)
                    .map(TicketType::valueOf)
                    .forEach(skills::add);
        }
        return skills;
    }

    List<RoutingRule> rules() {
        return db.selectFrom(SUPPORT_ROUTING_RULE)
                .orderBy(SUPPORT_ROUTING_RULE.PRIORITY.desc(), SUPPORT_ROUTING_RULE.ID)
                .fetch(r -> new RoutingRule(
                        r.getId(),
                        r.getTicketType(),
                        r.getRequesterKind(),
                        r.getLanguage(),
                        r.getTeamId(),
                        r.getPriority()));
    }

    void saveRule(RoutingRule rule, UUID id, UUID by, Instant at) {
        int updated = db.update(SUPPORT_ROUTING_RULE)
                .set(SUPPORT_ROUTING_RULE.TICKET_TYPE, rule.type())
                .set(SUPPORT_ROUTING_RULE.REQUESTER_KIND, rule.requesterKind())
                .set(SUPPORT_ROUTING_RULE.LANGUAGE, rule.language())
                .set(SUPPORT_ROUTING_RULE.TEAM_ID, rule.teamId())
                .set(SUPPORT_ROUTING_RULE.PRIORITY, rule.priority())
                .set(SUPPORT_ROUTING_RULE.UPDATED_BY, by)
                .set(SUPPORT_ROUTING_RULE.UPDATED_AT, at)
                .where(SUPPORT_ROUTING_RULE.ID.eq(id))
                .execute();
        if (updated == 0) {
            db.insertInto(SUPPORT_ROUTING_RULE)
                    .set(SUPPORT_ROUTING_RULE.ID, id)
                    .set(SUPPORT_ROUTING_RULE.TICKET_TYPE, rule.type())
                    .set(SUPPORT_ROUTING_RULE.REQUESTER_KIND, rule.requesterKind())
                    .set(SUPPORT_ROUTING_RULE.LANGUAGE, rule.language())
                    .set(SUPPORT_ROUTING_RULE.TEAM_ID, rule.teamId())
                    .set(SUPPORT_ROUTING_RULE.PRIORITY, rule.priority())
                    .set(SUPPORT_ROUTING_RULE.UPDATED_BY, by)
                    .set(SUPPORT_ROUTING_RULE.UPDATED_AT, at)
                    .execute();
        }
    }

    boolean deleteRule(UUID id) {
        return db.deleteFrom(SUPPORT_ROUTING_RULE)
                        .where(SUPPORT_ROUTING_RULE.ID.eq(id))
                        .execute()
                == 1;
    }
}
