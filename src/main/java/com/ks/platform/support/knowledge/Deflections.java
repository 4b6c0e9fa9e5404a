package com.ks.platform.support.knowledge;

import static com.ks.jooq.Tables.SUPPORT_DEFLECTION;

import com.ks.platform.shared.Ids;
import com.ks.platform.shared.NotFound;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording deflection for the contact form: the suggestions shown while a person types (one row per visit of the
 * form, updated as the question changes), the article they opened, and — called by the form on submit — that they
 * went on to open a ticket. A row is only ever touched by the person (or browser session) that created it.
 */
@Service
public class Deflections {

    static final int MAX_QUERY = 200;
    private static final int MAX_SUGGESTED = 400;

    private final DSLContext db;
    private final Clock clock;

    Deflections(DSLContext db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * The articles suggested for the question typed so far; {@code deflectionId} null starts a new record. Returns the
     * record's id, which the form keeps for the next calls.
     */
    @Transactional
    @PreAuthorize("permitAll()")
    public UUID suggested(UUID deflectionId, String query, List<String> slugs, String browserSession) {
        String voter = Voters.current(browserSession);
        String text = query == null ? "" : query.strip();
        String question = text.length() > MAX_QUERY ? text.substring(0, MAX_QUERY) : text;
        String suggested = String.join(",", slugs);
        if (suggested.length() > MAX_SUGGESTED) {
            suggested = suggested.substring(0, suggested.lastIndexOf(',', MAX_SUGGESTED));
        }
        Instant now = clock.instant();
        if (deflectionId != null) {
            int rows = db.update(SUPPORT_DEFLECTION)
                    .set(SUPPORT_DEFLECTION.QUERY_TEXT, question)
                    .set(SUPPORT_DEFLECTION.SUGGESTED, suggested)
                    .set(SUPPORT_DEFLECTION.UPDATED_AT, now)
                    .where(SUPPORT_DEFLECTION.ID.eq(deflectionId))
                    .and(SUPPORT_DEFLECTION.VOTER.eq(voter))
                    .and(SUPPORT_DEFLECTION.TICKET_OPENED.isFalse())
                    .execute();
            if (rows == 1) {
                return deflectionId;
            }
        }
        UUID id = Ids.newId(clock);
        db.insertInto(SUPPORT_DEFLECTION)
                .set(SUPPORT_DEFLECTION.ID, id)
                .set(SUPPORT_DEFLECTION.VOTER, voter)
                .set(SUPPORT_DEFLECTION.QUERY_TEXT, question)
                .set(SUPPORT_DEFLECTION.SUGGESTED, suggested)
                .set(SUPPORT_DEFLECTION.TICKET_OPENED, false)
                .set(SUPPORT_DEFLECTION.CREATED_AT, now)
                .set(SUPPORT_DEFLECTION.UPDATED_AT, now)
                .execute();
        return id;
    }

    /** The person opened one of the suggested articles. */
    @Transactional
    @PreAuthorize("permitAll()")
    public void opened(UUID deflectionId, String slug, String browserSession) {
        String opened = slug == null ? null : slug.substring(0, Math.min(KnowledgeService.MAX_SLUG, slug.length()));
        mark(deflectionId, browserSession, SUPPORT_DEFLECTION.OPENED_SLUG, opened);
    }

    /** Called by the contact form when its ticket was created: this attempt was not deflected. */
    @Transactional
    @PreAuthorize("permitAll()")
    public void wentOnToTicket(UUID deflectionId, String browserSession) {
        mark(deflectionId, browserSession, SUPPORT_DEFLECTION.TICKET_OPENED, true);
    }

    /** Sets one column of the person's own record; another person's (or an unknown) record is not found. */
    private <T> void mark(UUID deflectionId, String browserSession, Field<T> column, T value) {
        int rows = db.update(SUPPORT_DEFLECTION)
                .set(column, value)
                .set(SUPPORT_DEFLECTION.UPDATED_AT, clock.instant())
                .where(SUPPORT_DEFLECTION.ID.eq(deflectionId))
                .and(SUPPORT_DEFLECTION.VOTER.eq(Voters.current(browserSession)))
                .execute();
        if (rows == 0) {
            throw new NotFound("error.knowledge.deflectionNotFound");
        }
    }

    /** The record as stored, if it is this person's. */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public Optional<Deflection> mine(UUID deflectionId, String browserSession) {
        return db.selectFrom(SUPPORT_DEFLECTION)
                .where(SUPPORT_DEFLECTION.ID.eq(deflectionId))
                .and(SUPPORT_DEFLECTION.VOTER.eq(Voters.current(browserSession)))
                .fetchOptional(r -> new Deflection(
                        r.getId(),
                        r.getVoter(),
                        r.getQueryText(),
                        r.getSuggested().isEmpty()
                                ? List.of()
                                : Arrays.asList(r.getSuggested().split(",")),
                        r.getOpenedSlug(),
                        r.getTicketOpened(),
                        r.getCreatedAt()));
    }
}
