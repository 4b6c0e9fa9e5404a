package com.ks.platform.community;

import static com.ks.jooq.Tables.COMMUNITY_FOLLOW;
import static com.ks.jooq.Tables.COMMUNITY_MEMBER;
import static com.ks.jooq.Tables.COMMUNITY_POST;

import com.ks.jooq.tables.records.CommunityMemberRecord;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Members (an account's community face) and who follows whom. */
@Repository
class CommunityMemberRepository {

    private final DSLContext db;

    CommunityMemberRepository(DSLContext db) {
        this.db = db;
    }

    Optional<CommunityMemberRecord> ofAccount(UUID accountId) {
        return db.selectFrom(COMMUNITY_MEMBER)
                .where(COMMUNITY_MEMBER.ACCOUNT_ID.eq(accountId))
                .fetchOptional();
    }

    Optional<CommunityMemberRecord> find(UUID memberId) {
        return db.selectFrom(COMMUNITY_MEMBER)
                .where(COMMUNITY_MEMBER.ID.eq(memberId))
                .fetchOptional();
    }

    /** Creates the member unless the account has one (the unique account id decides, also under a double click). */
    void insertIfAbsent(UUID id, UUID accountId, String nickname, Instant now) {
        db.insertInto(COMMUNITY_MEMBER)
                .set(COMMUNITY_MEMBER.ID, id)
                .set(COMMUNITY_MEMBER.ACCOUNT_ID, accountId)
                .set(COMMUNITY_MEMBER.NICKNAME, nickname)
                .set(COMMUNITY_MEMBER.CREATED_AT, now)
                .onConflictDoNothing()
                .execute();
    }

    Map<UUID, CommunityMemberRecord> byIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return db.selectFrom(COMMUNITY_MEMBER)
                .where(COMMUNITY_MEMBER.ID.in(ids))
                .fetchMap(COMMUNITY_MEMBER.ID);
    }

    boolean follow(UUID follower, UUID followee, Instant now) {
        return db.insertInto(COMMUNITY_FOLLOW)
                        .set(COMMUNITY_FOLLOW.FOLLOWER_ID, follower)
                        .set(COMMUNITY_FOLLOW.FOLLOWEE_ID, followee)
                        .set(COMMUNITY_FOLLOW.CREATED_AT, now)
                        .onConflictDoNothing()
                        .execute()
                == 1;
    }

    boolean unfollow(UUID follower, UUID followee) {
        return db.deleteFrom(COMMUNITY_FOLLOW)
                        .where(COMMUNITY_FOLLOW.FOLLOWER_ID.eq(follower))
                        .and(COMMUNITY_FOLLOW.FOLLOWEE_ID.eq(followee))
                        .execute()
                == 1;
    }

    boolean follows(UUID follower, UUID followee) {
        return db.fetchExists(db.selectOne()
                .from(COMMUNITY_FOLLOW)
                .where(COMMUNITY_FOLLOW.FOLLOWER_ID.eq(follower))
                .and(COMMUNITY_FOLLOW.FOLLOWEE_ID.eq(followee)));
    }

    int followers(UUID memberId) {
        return db.fetchCount(COMMUNITY_FOLLOW, COMMUNITY_FOLLOW.FOLLOWEE_ID.eq(memberId));
    }

    int following(UUID memberId) {
        return db.fetchCount(COMMUNITY_FOLLOW, COMMUNITY_FOLLOW.FOLLOWER_ID.eq(memberId));
    }

    int visiblePosts(UUID memberId) {
        return db.fetchCount(
                COMMUNITY_POST, COMMUNITY_POST.MEMBER_ID.eq(memberId).and(COMMUNITY_POST.HIDDEN_AT.isNull()));
    }

    Set<UUID> accountsOf(List<UUID> memberIds) {
        return new HashSet<>(db.select(COMMUNITY_MEMBER.ACCOUNT_ID)
                .from(COMMUNITY_MEMBER)
                .where(COMMUNITY_MEMBER.ID.in(memberIds))
                .fetch(COMMUNITY_MEMBER.ACCOUNT_ID));
    }

    /** PIPL art. 47: the nickname of a closed account no longer names the person. */
    void erase(UUID accountId, String erasedName) {
        db.update(COMMUNITY_MEMBER)
                .set(COMMUNITY_MEMBER.NICKNAME, erasedName)
                .where(COMMUNITY_MEMBER.ACCOUNT_ID.eq(accountId))
                .execute();
    }
}
