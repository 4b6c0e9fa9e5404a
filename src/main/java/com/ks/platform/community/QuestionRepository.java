package com.ks.platform.community;

import static com.ks.jooq.Tables.COMMUNITY_ANSWER;
import static com.ks.jooq.Tables.COMMUNITY_QUESTION;

import com.ks.jooq.tables.records.CommunityAnswerRecord;
import com.ks.jooq.tables.records.CommunityQuestionRecord;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;

/** 问大家: questions about products and their buyers' answers. */
@Repository
class QuestionRepository {

    private final DSLContext db;

    QuestionRepository(DSLContext db) {
        this.db = db;
    }

    void insert(CommunityQuestionRecord question) {
        db.executeInsert(question);
    }

    Optional<CommunityQuestionRecord> find(UUID questionId) {
        return db.selectFrom(COMMUNITY_QUESTION)
                .where(COMMUNITY_QUESTION.ID.eq(questionId))
                .fetchOptional();
    }

    Optional<CommunityAnswerRecord> findAnswer(UUID answerId) {
        return db.selectFrom(COMMUNITY_ANSWER)
                .where(COMMUNITY_ANSWER.ID.eq(answerId))
                .fetchOptional();
    }

    /** False when this member answered the question before (the unique key decides, also under a double click). */
    boolean insertAnswer(CommunityAnswerRecord answer) {
        try {
            int added = db.insertInto(COMMUNITY_ANSWER)
                    .set(answer)
                    .onConflictDoNothing()
                    .execute();
            if (added == 1) {
                db.update(COMMUNITY_QUESTION)
                        .set(COMMUNITY_QUESTION.ANSWER_COUNT, COMMUNITY_QUESTION.ANSWER_COUNT.plus(1))
                        .where(COMMUNITY_QUESTION.ID.eq(answer.getQuestionId()))
                        .execute();
            }
            return added == 1;
        } catch (DuplicateKeyException emulatedMergeRace) {
            return false;
        }
    }

    /** Visible questions of a product: answered ones first, then the newest. */
    List<CommunityQuestionRecord> ofProduct(UUID productId, int offset, int limit) {
        return db.selectFrom(COMMUNITY_QUESTION)
                .where(COMMUNITY_QUESTION.PRODUCT_ID.eq(productId))
                .and(COMMUNITY_QUESTION.HIDDEN_AT.isNull())
                .orderBy(
                        COMMUNITY_QUESTION.ANSWER_COUNT.gt(0).desc(),
                        COMMUNITY_QUESTION.CREATED_AT.desc(),
                        COMMUNITY_QUESTION.ID)
                .offset(offset)
                .limit(limit)
                .fetch();
    }

    int countOfProduct(UUID productId) {
        return db.fetchCount(
                COMMUNITY_QUESTION,
                COMMUNITY_QUESTION.PRODUCT_ID.eq(productId).and(COMMUNITY_QUESTION.HIDDEN_AT.isNull()));
    }

    Map<UUID, List<CommunityAnswerRecord>> visibleAnswers(Collection<UUID> questionIds) {
        if (questionIds.isEmpty()) {
            return Map.of();
        }
        return db
                .selectFrom(COMMUNITY_ANSWER)
                .where(COMMUNITY_ANSWER.QUESTION_ID.in(questionIds))
                .and(COMMUNITY_ANSWER.HIDDEN_AT.isNull())
                .orderBy(COMMUNITY_ANSWER.CREATED_AT, COMMUNITY_ANSWER.ID)
                .fetch()
                .stream()
                .collect(Collectors.groupingBy(CommunityAnswerRecord::getQuestionId));
    }

    boolean hideQuestion(UUID questionId, String reason, Instant now) {
        return db.update(COMMUNITY_QUESTION)
                        .set(COMMUNITY_QUESTION.HIDDEN_AT, now)
                        .set(COMMUNITY_QUESTION.HIDDEN_REASON, reason)
                        .where(COMMUNITY_QUESTION.ID.eq(questionId))
                        .and(COMMUNITY_QUESTION.HIDDEN_AT.isNull())
                        .execute()
                == 1;
    }

    boolean hideAnswer(UUID answerId, String reason, Instant now) {
        var answer = findAnswer(answerId);
        int hidden = db.update(COMMUNITY_ANSWER)
                .set(COMMUNITY_ANSWER.HIDDEN_AT, now)
                .set(COMMUNITY_ANSWER.HIDDEN_REASON, reason)
                .where(COMMUNITY_ANSWER.ID.eq(answerId))
                .and(COMMUNITY_ANSWER.HIDDEN_AT.isNull())
                .execute();
        if (hidden == 1 && answer.isPresent()) {
            db.update(COMMUNITY_QUESTION)
                    .set(COMMUNITY_QUESTION.ANSWER_COUNT, COMMUNITY_QUESTION.ANSWER_COUNT.minus(1))
                    .where(COMMUNITY_QUESTION.ID.eq(answer.get().getQuestionId()))
                    .execute();
        }
        return hidden == 1;
    }

    List<java.util.Map<String, Object>> exportQuestions(UUID memberId) {
        return db.select(COMMUNITY_QUESTION.PRODUCT_ID, COMMUNITY_QUESTION.BODY, COMMUNITY_QUESTION.CREATED_AT)
                .from(COMMUNITY_QUESTION)
                .where(COMMUNITY_QUESTION.MEMBER_ID.eq(memberId))
                .fetch()
                .intoMaps();
    }

    List<java.util.Map<String, Object>> exportAnswers(UUID memberId) {
        return db.select(COMMUNITY_ANSWER.QUESTION_ID, COMMUNITY_ANSWER.BODY, COMMUNITY_ANSWER.CREATED_AT)
                .from(COMMUNITY_ANSWER)
                .where(COMMUNITY_ANSWER.MEMBER_ID.eq(memberId))
                .fetch()
                .intoMaps();
    }
}
