package com.ks.platform.promotion.membership;

import static com.ks.jooq.Tables.PROMOTION_MEMBER;

import com.ks.jooq.tables.records.PromotionMemberRecord;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;

/** The level last told to each member, their birthday and the year of their last birthday gift. */
@Repository
class MemberRepository {

    private final DSLContext db;
    private final Clock clock;

    MemberRepository(DSLContext db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    Optional<PromotionMemberRecord> find(UUID accountId) {
        return db.selectFrom(PROMOTION_MEMBER)
                .where(PROMOTION_MEMBER.ACCOUNT_ID.eq(accountId))
                .fetchOptional();
    }

    /** The member's row, created at REGULAR when missing. */
    PromotionMemberRecord ensure(UUID accountId) {
        return find(accountId).orElseGet(() -> {
            try {
                db.insertInto(PROMOTION_MEMBER)
                        .set(PROMOTION_MEMBER.ACCOUNT_ID, accountId)
                        .set(PROMOTION_MEMBER.TIER, MemberTier.REGULAR.name())
                        .set(PROMOTION_MEMBER.UPDATED_AT, clock.instant())
                        .onConflictDoNothing()
                        .execute();
            } catch (DuplicateKeyException parallel) {
                // H2's MERGE emulation under a race: the row is there
            }
            return find(accountId).orElseThrow();
        });
    }

    /** Moves the told level from {@code from} to {@code to}; false when another node moved it first. */
    boolean moveTier(UUID accountId, MemberTier from, MemberTier to) {
        return db.update(PROMOTION_MEMBER)
                        .set(PROMOTION_MEMBER.TIER, to.name())
                        .set(PROMOTION_MEMBER.UPDATED_AT, clock.instant())
                        .where(PROMOTION_MEMBER.ACCOUNT_ID.eq(accountId))
                        .and(PROMOTION_MEMBER.TIER.eq(from.name()))
                        .execute()
                == 1;
    }

    /** Sets the birthday if none is set yet; false otherwise. */
    boolean setBirthday(UUID accountId, LocalDate birthday) {
        return db.update(PROMOTION_MEMBER)
                        .set(PROMOTION_MEMBER.BIRTHDAY, birthday)
                        .set(PROMOTION_MEMBER.UPDATED_AT, clock.instant())
                        .where(PROMOTION_MEMBER.ACCOUNT_ID.eq(accountId))
                        .and(PROMOTION_MEMBER.BIRTHDAY.isNull())
                        .execute()
                == 1;
    }

    /** Members whose birthday is on this month and day (29 February counts on 28 February in other years). */
    List<UUID> birthdaysOn(LocalDate day, int notGiftedInYear) {
        var sameDay = DSL.month(PROMOTION_MEMBER.BIRTHDAY)
                .eq(day.getMonthValue())
                .and(DSL.day(PROMOTION_MEMBER.BIRTHDAY).eq(day.getDayOfMonth()));
        if (day.getMonthValue() == 2 && day.getDayOfMonth() == 28 && !day.isLeapYear()) {
            sameDay = sameDay.or(DSL.month(PROMOTION_MEMBER.BIRTHDAY)
                    .eq(2)
                    .and(DSL.day(PROMOTION_MEMBER.BIRTHDAY).eq(29)));
        }
        return db.select(PROMOTION_MEMBER.ACCOUNT_ID)
                .from(PROMOTION_MEMBER)
                .where(PROMOTION_MEMBER.BIRTHDAY.isNotNull())
                .and(sameDay)
                .and(PROMOTION_MEMBER
                        .BIRTHDAY_GIFT_YEAR
                        .isNull()
                        .or(PROMOTION_MEMBER.BIRTHDAY_GIFT_YEAR.lt(notGiftedInYear)))
                .fetch(PROMOTION_MEMBER.ACCOUNT_ID);
    }

    /** Takes this year's birthday gift: one conditional update, so two nodes or two runs give it once. */
    boolean takeBirthdayGift(UUID accountId, int year) {
        return db.update(PROMOTION_MEMBER)
                        .set(PROMOTION_MEMBER.BIRTHDAY_GIFT_YEAR, year)
                        .where(PROMOTION_MEMBER.ACCOUNT_ID.eq(accountId))
                        .and(PROMOTION_MEMBER
                                .BIRTHDAY_GIFT_YEAR
                                .isNull()
                                .or(PROMOTION_MEMBER.BIRTHDAY_GIFT_YEAR.lt(year)))
                        .execute()
                == 1;
    }

    /** Members above the lowest level, a page at a time (their level may fall as old spending leaves the 12 months). */
    List<UUID> aboveRegular(UUID after, int limit) {
        return db.select(PROMOTION_MEMBER.ACCOUNT_ID)
                .from(PROMOTION_MEMBER)
                .where(PROMOTION_MEMBER.TIER.ne(MemberTier.REGULAR.name()))
                .and(after == null ? DSL.noCondition() : PROMOTION_MEMBER.ACCOUNT_ID.gt(after))
                .orderBy(PROMOTION_MEMBER.ACCOUNT_ID)
                .limit(limit)
                .fetch(PROMOTION_MEMBER.ACCOUNT_ID);
    }
}
