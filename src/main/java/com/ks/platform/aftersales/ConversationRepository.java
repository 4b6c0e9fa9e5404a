package com.ks.platform.aftersales;

import static com.ks.jooq.Tables.AFTERSALES_MESSAGE;
import static com.ks.jooq.Tables.AFTERSALES_MESSAGE_FILE;
import static com.ks.jooq.Tables.AFTERSALES_STEP;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Record3;
import org.springframework.stereotype.Repository;

@Repository
class ConversationRepository {

    private final DSLContext db;

    ConversationRepository(DSLContext db) {
        this.db = db;
    }

    void addMessage(
            UUID id, UUID caseId, CaseDetails.Actor author, UUID authorId, String authorName, String text, Instant at) {
        db.insertInto(AFTERSALES_MESSAGE)
                .set(AFTERSALES_MESSAGE.ID, id)
                .set(AFTERSALES_MESSAGE.CASE_ID, caseId)
                .set(AFTERSALES_MESSAGE.AUTHOR_KIND, author.name())
                .set(AFTERSALES_MESSAGE.AUTHOR_ID, authorId)
                .set(AFTERSALES_MESSAGE.AUTHOR_NAME, authorName)
                .set(AFTERSALES_MESSAGE.BODY, text)
                .set(AFTERSALES_MESSAGE.CREATED_AT, at)
                .execute();
    }

    void addFile(UUID id, UUID messageId, UUID caseId, String key, String contentType, int size, Instant at) {
        db.insertInto(AFTERSALES_MESSAGE_FILE)
                .set(AFTERSALES_MESSAGE_FILE.ID, id)
                .set(AFTERSALES_MESSAGE_FILE.MESSAGE_ID, messageId)
                .set(AFTERSALES_MESSAGE_FILE.CASE_ID, caseId)
                .set(AFTERSALES_MESSAGE_FILE.STORAGE_KEY, key)
                .set(AFTERSALES_MESSAGE_FILE.CONTENT_TYPE, contentType)
                .set(AFTERSALES_MESSAGE_FILE.SIZE_BYTES, size)
                .set(AFTERSALES_MESSAGE_FILE.CREATED_AT, at)
                .execute();
    }

    int countMessages(UUID caseId) {
        return db.fetchCount(AFTERSALES_MESSAGE, AFTERSALES_MESSAGE.CASE_ID.eq(caseId));
    }

    /** The conversation, oldest first, each message with its files (two queries, whatever the length). */
    List<CaseMessage> messages(UUID caseId) {
        Map<UUID, List<CaseMessage.Attachment>> files = db
                .select(
                        AFTERSALES_MESSAGE_FILE.MESSAGE_ID,
                        AFTERSALES_MESSAGE_FILE.ID,
                        AFTERSALES_MESSAGE_FILE.CONTENT_TYPE)
                .from(AFTERSALES_MESSAGE_FILE)
                .where(AFTERSALES_MESSAGE_FILE.CASE_ID.eq(caseId))
                .orderBy(AFTERSALES_MESSAGE_FILE.CREATED_AT, AFTERSALES_MESSAGE_FILE.ID)
                .fetch()
                .stream()
                .collect(Collectors.groupingBy(
                        r -> r.value1(),
                        Collectors.mapping(
                                r -> new CaseMessage.Attachment(r.value2(), r.value3()), Collectors.toList())));
        return db.selectFrom(AFTERSALES_MESSAGE)
                .where(AFTERSALES_MESSAGE.CASE_ID.eq(caseId))
                .orderBy(AFTERSALES_MESSAGE.CREATED_AT, AFTERSALES_MESSAGE.ID)
                .fetch(r -> new CaseMessage(
                        r.getId(),
                        CaseDetails.Actor.valueOf(r.getAuthorKind()),
                        r.getAuthorName(),
                        r.getBody(),
                        r.getCreatedAt(),
                        files.getOrDefault(r.getId(), List.of())));
    }

    /** Agents who have written in the conversation, to be told of the next message. */
    List<UUID> platformAuthors(UUID caseId) {
        return db.selectDistinct(AFTERSALES_MESSAGE.AUTHOR_ID)
                .from(AFTERSALES_MESSAGE)
                .where(AFTERSALES_MESSAGE
                        .CASE_ID
                        .eq(caseId)
                        .and(AFTERSALES_MESSAGE.AUTHOR_KIND.eq(CaseDetails.Actor.PLATFORM.name())))
                .fetch(AFTERSALES_MESSAGE.AUTHOR_ID);
    }

    /** The platform is a party once the case has been escalated (平台介入), even after it decided. */
    boolean everEscalated(UUID caseId) {
        return db.fetchExists(
                AFTERSALES_STEP,
                AFTERSALES_STEP.CASE_ID.eq(caseId).and(AFTERSALES_STEP.STATE.eq(CaseState.ESCALATED.name())));
    }

    /** The file's case, storage key and type. */
    Optional<Record3<UUID, String, String>> file(UUID fileId) {
        return db.select(
                        AFTERSALES_MESSAGE_FILE.CASE_ID,
                        AFTERSALES_MESSAGE_FILE.STORAGE_KEY,
                        AFTERSALES_MESSAGE_FILE.CONTENT_TYPE)
                .from(AFTERSALES_MESSAGE_FILE)
                .where(AFTERSALES_MESSAGE_FILE.ID.eq(fileId))
                .fetchOptional();
    }
}
