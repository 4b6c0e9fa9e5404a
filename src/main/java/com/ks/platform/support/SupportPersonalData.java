package com.ks.platform.support;

import static com.ks.jooq.Tables.SUPPORT_EVENT;
import static com.ks.jooq.Tables.SUPPORT_MESSAGE;
import static com.ks.jooq.Tables.SUPPORT_TICKET;

import com.ks.platform.shared.FreeTexts;
import com.ks.platform.shared.PersonalData;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * A shopper's tickets and the messages in them in their copy. On erasure the tickets stay as the record of what the
 * platform did (SLA figures, complaints), without the person: names replaced, contact details in texts masked, the
 * satisfaction comment deleted.
 */
@Component
class SupportPersonalData implements PersonalData {

    private final DSLContext db;

    SupportPersonalData(DSLContext db) {
        this.db = db;
    }

    @Override
    public List<Category> export(UUID accountId) {
        return List.of(
                new Category(
                        "tickets",
                        db.select(
                                        SUPPORT_TICKET.TICKET_NO,
                                        SUPPORT_TICKET.TITLE,
                                        SUPPORT_TICKET.STATUS,
                                        SUPPORT_TICKET.CREATED_AT,
                                        SUPPORT_TICKET.RESOLVED_AT,
                                        SUPPORT_TICKET.SATISFACTION_SCORE,
                                        SUPPORT_TICKET.SATISFACTION_COMMENT)
                                .from(SUPPORT_TICKET)
                                .where(mine(accountId))
                                .orderBy(SUPPORT_TICKET.CREATED_AT)
                                .fetchMaps()),
                new Category(
                        "ticketMessages",
                        db.select(SUPPORT_TICKET.TICKET_NO, SUPPORT_MESSAGE.BODY, SUPPORT_MESSAGE.CREATED_AT)
                                .from(SUPPORT_MESSAGE)
                                .join(SUPPORT_TICKET)
                                .on(SUPPORT_TICKET.ID.eq(SUPPORT_MESSAGE.TICKET_ID))
                                .where(SUPPORT_MESSAGE.AUTHOR_ID.eq(accountId))
                                .orderBy(SUPPORT_MESSAGE.CREATED_AT)
                                .fetchMaps()));
    }

    @Override
    public void erase(UUID accountId) {
        var tickets = db.selectFrom(SUPPORT_TICKET).where(mine(accountId)).fetch();
        for (var ticket : tickets) {
            ticket.setRequesterName(ERASED_NAME);
            ticket.setTitle(FreeTexts.deidentify(ticket.getTitle()));
            ticket.setSatisfactionComment(null);
            ticket.store();
            for (var message : db.selectFrom(SUPPORT_MESSAGE)
                    .where(SUPPORT_MESSAGE.TICKET_ID.eq(ticket.getId()))
                    .fetch()) {
                if (accountId.equals(message.getAuthorId())) {
                    message.setAuthorName(ERASED_NAME);
                }
                message.setBody(FreeTexts.deidentify(message.getBody()));
                message.store();
            }
        }
        db.update(SUPPORT_EVENT)
                .set(SUPPORT_EVENT.ACTOR_NAME, ERASED_NAME)
                .where(SUPPORT_EVENT.ACTOR_ID.eq(accountId))
                .execute();
    }

    private static org.jooq.Condition mine(UUID accountId) {
        return SUPPORT_TICKET.REQUESTER_ID.eq(accountId).and(SUPPORT_TICKET.REQUESTER_KIND.eq(RequesterKind.SHOPPER));
    }
}
