package com.ks.platform.support.metrics;

import static com.ks.jooq.Tables.SUPPORT_AGENT;
import static com.ks.jooq.Tables.SUPPORT_TEAM;
import static com.ks.jooq.Tables.SUPPORT_TICKET;
import static org.jooq.impl.DSL.avg;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.percentileCont;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.when;

import com.ks.platform.support.RequesterKind;
import com.ks.platform.support.TicketStatus;
import com.ks.platform.support.metrics.DeskReport.Age;
import com.ks.platform.support.metrics.DeskReport.Attainment;
import com.ks.platform.support.metrics.DeskReport.Channel;
import com.ks.platform.support.metrics.DeskReport.Count;
import com.ks.platform.support.metrics.DeskReport.Group;
import com.ks.platform.support.metrics.DeskReport.Satisfaction;
import com.ks.platform.support.metrics.DeskReport.Spread;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

/**
 * The metrics as SQL that H2 and PostgreSQL both run: epoch differences for durations, {@code percentile_cont} for
 * median and p90 (both skip nulls, so unanswered tickets do not count as fast), CASE for channels and ages.
 */
@Repository
class MetricsRepository {

    private static final Field<BigDecimal> FIRST_RESPONSE = seconds(SUPPORT_TICKET.FIRST_RESPONDED_AT);
    private static final Field<BigDecimal> RESOLUTION = seconds(SUPPORT_TICKET.RESOLVED_AT);
    private static final Condition FROM_MERCHANT = SUPPORT_TICKET.REQUESTER_KIND.eq(RequesterKind.MERCHANT);

    /** The channel each ticket came through, first match wins (a merchant's ticket about an order is the portal's). */
    private static final Map<Channel, Condition> CHANNELS = Map.of(
            Channel.MERCHANT_PORTAL, FROM_MERCHANT,
            Channel.AFTERSALES, FROM_MERCHANT.not().and(SUPPORT_TICKET.CASE_ID.isNotNull()),
            Channel.ORDER,
                    FROM_MERCHANT.not().and(SUPPORT_TICKET.CASE_ID.isNull()).and(SUPPORT_TICKET.ORDER_ID.isNotNull()),
            Channel.HELP_CENTRE,
                    FROM_MERCHANT.not().and(SUPPORT_TICKET.CASE_ID.isNull()).and(SUPPORT_TICKET.ORDER_ID.isNull()));

    private final DSLContext db;

    MetricsRepository(DSLContext db) {
        this.db = db;
    }

    DeskReport report(LocalDate from, LocalDate to, Instant start, Instant end, Instant now) {
        Condition period = SUPPORT_TICKET
                .CREATED_AT
                .ge(start)
                .and(SUPPORT_TICKET.CREATED_AT.lt(end))
                .and(SUPPORT_TICKET.STATUS.ne(TicketStatus.MERGED));
        Record totals = db.select(
                        count(),
                        percentileCont(0.5).withinGroupOrderBy(FIRST_RESPONSE),
                        percentileCont(0.9).withinGroupOrderBy(FIRST_RESPONSE),
                        percentileCont(0.5).withinGroupOrderBy(RESOLUTION),
                        percentileCont(0.9).withinGroupOrderBy(RESOLUTION),
                        count(SUPPORT_TICKET.FIRST_RESPONDED_AT),
                        met(SUPPORT_TICKET.FIRST_RESPONDED_AT, SUPPORT_TICKET.FIRST_RESPONSE_DUE),
                        count(SUPPORT_TICKET.RESOLVED_AT),
                        met(SUPPORT_TICKET.RESOLVED_AT, SUPPORT_TICKET.RESOLUTION_DUE),
                        avg(SUPPORT_TICKET.SATISFACTION_SCORE),
                        count(SUPPORT_TICKET.SATISFACTION_SCORE))
                .from(SUPPORT_TICKET)
                .where(period)
                .fetchOne();
        return new DeskReport(
                from,
                to,
                totals.get(0, Integer.class),
                new Spread(totals.get(1, Double.class), totals.get(2, Double.class)),
                new Spread(totals.get(3, Double.class), totals.get(4, Double.class)),
                new Attainment(number(totals.get(6)), totals.get(5, Integer.class)),
                new Attainment(number(totals.get(8)), totals.get(7, Integer.class)),
                new Satisfaction(totals.get(9, Double.class), totals.get(10, Integer.class), perScore(period)),
                backlog(now),
                byType(period),
                channels(period),
                groups(
                        SUPPORT_AGENT.DISPLAY_NAME,
                        SUPPORT_AGENT,
                        SUPPORT_AGENT.ACCOUNT_ID.eq(SUPPORT_TICKET.ASSIGNEE_ID),
                        period),
                groups(SUPPORT_TEAM.NAME, SUPPORT_TEAM, SUPPORT_TEAM.ID.eq(SUPPORT_TICKET.TEAM_ID), period));
    }

    private List<Integer> perScore(Condition period) {
        Map<Integer, Integer> counted = db.select(SUPPORT_TICKET.SATISFACTION_SCORE, count())
                .from(SUPPORT_TICKET)
                .where(period.and(SUPPORT_TICKET.SATISFACTION_SCORE.isNotNull()))
                .groupBy(SUPPORT_TICKET.SATISFACTION_SCORE)
                .fetchMap(r -> r.value1(), r -> r.value2());
        List<Integer> perScore = new ArrayList<>();
        for (int score = 1; score <= 5; score++) {
            perScore.add(counted.getOrDefault(score, 0));
        }
        return perScore;
    }

    /**
     * The tickets still being worked on, by how long ago they were opened: one row of filtered counts (a CASE in the
     * GROUP BY with bound timestamps is not the same expression to H2 as the one in the SELECT).
     */
    private List<Count> backlog(Instant now) {
        Instant h4 = now.minus(Duration.ofHours(4));
        Instant d1 = now.minus(Duration.ofDays(1));
        Instant d3 = now.minus(Duration.ofDays(3));
        Record row = db.select(
                        count().filterWhere(SUPPORT_TICKET.CREATED_AT.gt(h4)),
                        count().filterWhere(SUPPORT_TICKET.CREATED_AT.le(h4).and(SUPPORT_TICKET.CREATED_AT.gt(d1))),
                        count().filterWhere(SUPPORT_TICKET.CREATED_AT.le(d1).and(SUPPORT_TICKET.CREATED_AT.gt(d3))),
                        count().filterWhere(SUPPORT_TICKET.CREATED_AT.le(d3)))
                .from(SUPPORT_TICKET)
                .where(SUPPORT_TICKET.STATUS.in(TicketStatus.NEW, TicketStatus.OPEN, TicketStatus.WAITING_ON_CUSTOMER))
                .fetchOne();
        Age[] ages = Age.values();
        return IntStream.range(0, ages.length)
                .mapToObj(i -> new Count(ages[i].labelKey(), row.get(i, Integer.class)))
                .toList();
    }

    private List<Count> channels(Condition period) {
        Channel[] channels = Channel.values();
        Record row = db.select(Arrays.stream(channels)
                        .map(c -> count().filterWhere(CHANNELS.get(c)))
                        .toList())
                .from(SUPPORT_TICKET)
                .where(period)
                .fetchOne();
        return IntStream.range(0, channels.length)
                .mapToObj(i -> new Count(channels[i].labelKey(), row.get(i, Integer.class)))
                .toList();
    }

    private List<Count> byType(Condition period) {
        return db.select(SUPPORT_TICKET.TICKET_TYPE, count())
                .from(SUPPORT_TICKET)
                .where(period)
                .groupBy(SUPPORT_TICKET.TICKET_TYPE)
                .orderBy(count().desc())
                .fetch(r -> new Count(r.value1().labelKey(), r.value2()));
    }

    private List<Group> groups(Field<String> name, org.jooq.Table<?> table, Condition join, Condition period) {
        return db.select(
                        name,
                        count(),
                        count(SUPPORT_TICKET.RESOLVED_AT),
                        percentileCont(0.5).withinGroupOrderBy(FIRST_RESPONSE),
                        avg(SUPPORT_TICKET.SATISFACTION_SCORE))
                .from(SUPPORT_TICKET)
                .join(table)
                .on(join)
                .where(period)
                .groupBy(name)
                .orderBy(count().desc(), name)
                .fetch(r ->
                        new Group(r.value1(), r.value2(), r.value3(), r.get(3, Double.class), r.get(4, Double.class)));
    }

    /** Seconds from the ticket's opening to {@code at}; null while {@code at} is. */
    private static Field<BigDecimal> seconds(Field<Instant> at) {
        return field(
                "(extract(epoch from {0}) - extract(epoch from {1}))", BigDecimal.class, at, SUPPORT_TICKET.CREATED_AT);
    }

    private static Field<BigDecimal> met(Field<Instant> done, Field<Instant> due) {
        return sum(when(done.le(due), inline(1)).otherwise(inline(0)));
    }

    private static int number(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }
}
