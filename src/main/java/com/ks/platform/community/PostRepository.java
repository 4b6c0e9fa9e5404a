package com.ks.platform.community;

import static com.ks.jooq.Tables.COMMUNITY_FOLLOW;
import static com.ks.jooq.Tables.COMMUNITY_LIKE;
import static com.ks.jooq.Tables.COMMUNITY_POST;
import static com.ks.jooq.Tables.COMMUNITY_POST_PHOTO;
import static com.ks.jooq.Tables.COMMUNITY_POST_TOPIC;
import static com.ks.jooq.Tables.COMMUNITY_REPLY;

import com.ks.jooq.tables.records.CommunityPostRecord;
import com.ks.jooq.tables.records.CommunityReplyRecord;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Posts with their photos and topics, comments and likes. Counters move by atomic updates beside the row they count. */
@Repository
class PostRepository {

    private final DSLContext db;

    PostRepository(DSLContext db) {
        this.db = db;
    }

    void insert(CommunityPostRecord post, List<String> photoKeys, Collection<String> topics) {
        db.executeInsert(post);
        for (int i = 0; i < photoKeys.size(); i++) {
            db.insertInto(COMMUNITY_POST_PHOTO)
                    .set(COMMUNITY_POST_PHOTO.POST_ID, post.getId())
                    .set(COMMUNITY_POST_PHOTO.PHOTO_INDEX, i)
                    .set(COMMUNITY_POST_PHOTO.PHOTO_KEY, photoKeys.get(i))
                    .execute();
        }
        insertTopics(post.getId(), topics);
    }

    private void insertTopics(UUID postId, Collection<String> topics) {
        for (String topic : topics) {
            db.insertInto(COMMUNITY_POST_TOPIC)
                    .set(COMMUNITY_POST_TOPIC.POST_ID, postId)
                    .set(COMMUNITY_POST_TOPIC.TOPIC, topic)
                    .execute();
        }
    }

    Optional<CommunityPostRecord> find(UUID postId) {
        return db.selectFrom(COMMUNITY_POST).where(COMMUNITY_POST.ID.eq(postId)).fetchOptional();
    }

    Optional<CommunityPostRecord> findVisible(UUID postId) {
        return find(postId).filter(p -> p.getHiddenAt() == null);
    }

    /** Only the author's own, visible post changes; its topics follow the new text. */
    boolean edit(UUID postId, UUID memberId, String body, Collection<String> topics, Instant now) {
        int changed = db.update(COMMUNITY_POST)
                .set(COMMUNITY_POST.BODY, body)
                .set(COMMUNITY_POST.EDITED_AT, now)
                .where(COMMUNITY_POST.ID.eq(postId))
                .and(COMMUNITY_POST.MEMBER_ID.eq(memberId))
                .and(COMMUNITY_POST.HIDDEN_AT.isNull())
                .execute();
        if (changed == 1) {
            db.deleteFrom(COMMUNITY_POST_TOPIC)
                    .where(COMMUNITY_POST_TOPIC.POST_ID.eq(postId))
                    .execute();
            insertTopics(postId, topics);
        }
        return changed == 1;
    }

    /** Visible posts for a feed, newest first: all, by the members one follows, of a topic, by one member. */
    List<CommunityPostRecord> page(Condition which, int offset, int limit) {
        return db.selectFrom(COMMUNITY_POST)
                .where(COMMUNITY_POST.HIDDEN_AT.isNull())
                .and(which)
                .orderBy(COMMUNITY_POST.CREATED_AT.desc(), COMMUNITY_POST.ID.desc())
                .offset(offset)
                .limit(limit)
                .fetch();
    }

    int count(Condition which) {
        return db.fetchCount(COMMUNITY_POST, COMMUNITY_POST.HIDDEN_AT.isNull().and(which));
    }

    static Condition all() {
        return DSL.noCondition();
    }

    static Condition followedBy(UUID memberId) {
        return COMMUNITY_POST.MEMBER_ID.in(DSL.select(COMMUNITY_FOLLOW.FOLLOWEE_ID)
                .from(COMMUNITY_FOLLOW)
                .where(COMMUNITY_FOLLOW.FOLLOWER_ID.eq(memberId)));
    }

    static Condition ofTopic(String topic) {
        return COMMUNITY_POST.ID.in(DSL.select(COMMUNITY_POST_TOPIC.POST_ID)
                .from(COMMUNITY_POST_TOPIC)
                .where(COMMUNITY_POST_TOPIC.TOPIC.eq(topic)));
    }

    static Condition byMember(UUID memberId) {
        return COMMUNITY_POST.MEMBER_ID.eq(memberId);
    }

    static Condition aboutProduct(UUID productId) {
        return COMMUNITY_POST.PRODUCT_ID.eq(productId);
    }

    Map<UUID, List<String>> photoKeys(Collection<UUID> postIds) {
        if (postIds.isEmpty()) {
            return Map.of();
        }
        return db.selectFrom(COMMUNITY_POST_PHOTO)
                .where(COMMUNITY_POST_PHOTO.POST_ID.in(postIds))
                .orderBy(COMMUNITY_POST_PHOTO.POST_ID, COMMUNITY_POST_PHOTO.PHOTO_INDEX)
                .fetchGroups(COMMUNITY_POST_PHOTO.POST_ID, COMMUNITY_POST_PHOTO.PHOTO_KEY);
    }

    Map<UUID, List<String>> topics(Collection<UUID> postIds) {
        if (postIds.isEmpty()) {
            return Map.of();
        }
        return db.selectFrom(COMMUNITY_POST_TOPIC)
                .where(COMMUNITY_POST_TOPIC.POST_ID.in(postIds))
                .orderBy(COMMUNITY_POST_TOPIC.TOPIC)
                .fetchGroups(COMMUNITY_POST_TOPIC.POST_ID, COMMUNITY_POST_TOPIC.TOPIC);
    }

    /** The topics of visible posts, the most used first. */
    List<String> popularTopics(int limit) {
        var uses = DSL.count();
        return db.select(COMMUNITY_POST_TOPIC.TOPIC, uses)
                .from(COMMUNITY_POST_TOPIC)
                .join(COMMUNITY_POST)
                .on(COMMUNITY_POST.ID.eq(COMMUNITY_POST_TOPIC.POST_ID))
                .where(COMMUNITY_POST.HIDDEN_AT.isNull())
                .groupBy(COMMUNITY_POST_TOPIC.TOPIC)
                .orderBy(uses.desc(), COMMUNITY_POST_TOPIC.TOPIC)
                .limit(limit)
                .fetch(COMMUNITY_POST_TOPIC.TOPIC);
    }

    /** Adds the like if it is not there: true when this call added it (a double click likes once). */
    boolean like(UUID postId, UUID memberId, Instant now) {
        int added = db.insertInto(COMMUNITY_LIKE)
                .set(COMMUNITY_LIKE.POST_ID, postId)
                .set(COMMUNITY_LIKE.MEMBER_ID, memberId)
                .set(COMMUNITY_LIKE.CREATED_AT, now)
                .onConflictDoNothing()
                .execute();
        if (added == 1) {
            db.update(COMMUNITY_POST)
                    .set(COMMUNITY_POST.LIKE_COUNT, COMMUNITY_POST.LIKE_COUNT.plus(1))
                    .where(COMMUNITY_POST.ID.eq(postId))
                    .execute();
        }
        return added == 1;
    }

    boolean unlike(UUID postId, UUID memberId) {
        int removed = db.deleteFrom(COMMUNITY_LIKE)
                .where(COMMUNITY_LIKE.POST_ID.eq(postId))
                .and(COMMUNITY_LIKE.MEMBER_ID.eq(memberId))
                .execute();
        if (removed == 1) {
            db.update(COMMUNITY_POST)
                    .set(COMMUNITY_POST.LIKE_COUNT, COMMUNITY_POST.LIKE_COUNT.minus(1))
                    .where(COMMUNITY_POST.ID.eq(postId))
                    .execute();
        }
        return removed == 1;
    }

    Set<UUID> likedBy(UUID memberId, Collection<UUID> postIds) {
        if (postIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(db.select(COMMUNITY_LIKE.POST_ID)
                .from(COMMUNITY_LIKE)
                .where(COMMUNITY_LIKE.MEMBER_ID.eq(memberId))
                .and(COMMUNITY_LIKE.POST_ID.in(postIds))
                .fetch(COMMUNITY_LIKE.POST_ID));
    }

    void insertReply(CommunityReplyRecord reply) {
        db.executeInsert(reply);
        db.update(COMMUNITY_POST)
                .set(COMMUNITY_POST.REPLY_COUNT, COMMUNITY_POST.REPLY_COUNT.plus(1))
                .where(COMMUNITY_POST.ID.eq(reply.getPostId()))
                .execute();
    }

    Optional<CommunityReplyRecord> findReply(UUID replyId) {
        return db.selectFrom(COMMUNITY_REPLY)
                .where(COMMUNITY_REPLY.ID.eq(replyId))
                .fetchOptional();
    }

    /** Visible comments, oldest first (a conversation reads top-down). */
    List<CommunityReplyRecord> replies(UUID postId, int offset, int limit) {
        return db.selectFrom(COMMUNITY_REPLY)
                .where(COMMUNITY_REPLY.POST_ID.eq(postId))
                .and(COMMUNITY_REPLY.HIDDEN_AT.isNull())
                .orderBy(COMMUNITY_REPLY.CREATED_AT, COMMUNITY_REPLY.ID)
                .offset(offset)
                .limit(limit)
                .fetch();
    }

    /** Hides the post unless hidden already; its photos are no longer served. */
    boolean hidePost(UUID postId, String reason, Instant now) {
        return db.update(COMMUNITY_POST)
                        .set(COMMUNITY_POST.HIDDEN_AT, now)
                        .set(COMMUNITY_POST.HIDDEN_REASON, reason)
                        .where(COMMUNITY_POST.ID.eq(postId))
                        .and(COMMUNITY_POST.HIDDEN_AT.isNull())
                        .execute()
                == 1;
    }

    /** Hides the comment unless hidden already; the post's comment count follows. */
    boolean hideReply(UUID replyId, String reason, Instant now) {
        var reply = findReply(replyId);
        int hidden = db.update(COMMUNITY_REPLY)
                .set(COMMUNITY_REPLY.HIDDEN_AT, now)
                .set(COMMUNITY_REPLY.HIDDEN_REASON, reason)
                .where(COMMUNITY_REPLY.ID.eq(replyId))
                .and(COMMUNITY_REPLY.HIDDEN_AT.isNull())
                .execute();
        if (hidden == 1 && reply.isPresent()) {
            db.update(COMMUNITY_POST)
                    .set(COMMUNITY_POST.REPLY_COUNT, COMMUNITY_POST.REPLY_COUNT.minus(1))
                    .where(COMMUNITY_POST.ID.eq(reply.get().getPostId()))
                    .execute();
        }
        return hidden == 1;
    }

    /** Whether a photo may be served: it belongs to a post that is not hidden. */
    boolean photoVisible(String photoKey) {
        return db.fetchExists(db.selectOne()
                .from(COMMUNITY_POST_PHOTO)
                .join(COMMUNITY_POST)
                .on(COMMUNITY_POST.ID.eq(COMMUNITY_POST_PHOTO.POST_ID))
                .where(COMMUNITY_POST_PHOTO.PHOTO_KEY.eq(photoKey))
                .and(COMMUNITY_POST.HIDDEN_AT.isNull()));
    }

    /** A member's posts and comments, for the copy they download (PIPL art. 45). */
    Map<String, List<Map<String, Object>>> exportOf(UUID memberId) {
        Map<String, List<Map<String, Object>>> out = new LinkedHashMap<>();
        out.put(
                "communityPosts",
                db.select(COMMUNITY_POST.BODY, COMMUNITY_POST.CREATED_AT)
                        .from(COMMUNITY_POST)
                        .where(COMMUNITY_POST.MEMBER_ID.eq(memberId))
                        .fetch()
                        .intoMaps());
        out.put(
                "communityComments",
                db.select(COMMUNITY_REPLY.BODY, COMMUNITY_REPLY.CREATED_AT)
                        .from(COMMUNITY_REPLY)
                        .where(COMMUNITY_REPLY.MEMBER_ID.eq(memberId))
                        .fetch()
                        .intoMaps());
        return out;
    }
}
