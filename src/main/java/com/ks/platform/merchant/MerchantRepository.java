package com.ks.platform.merchant;

import static com.ks.jooq.Tables.MERCHANT_PROFILE;

import com.ks.jooq.tables.records.MerchantProfileRecord;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Repository;

@Repository
class MerchantRepository {

    private final DSLContext db;
    private final ApplicationEventPublisher events;

    MerchantRepository(DSLContext db, ApplicationEventPublisher events) {
        this.db = db;
        this.events = events;
    }

    void insert(UUID id, UUID ownerAccountId, MerchantSignUp signUp, MerchantStatus status, Instant now) {
        db.insertInto(MERCHANT_PROFILE)
                .set(MERCHANT_PROFILE.ID, id)
                .set(MERCHANT_PROFILE.OWNER_ACCOUNT_ID, ownerAccountId)
                .set(MERCHANT_PROFILE.STORE_NAME, signUp.storeName().strip())
                .set(MERCHANT_PROFILE.COMPANY_NAME, signUp.companyName().strip())
                .set(MERCHANT_PROFILE.CREDIT_CODE, CreditCode.normalize(signUp.creditCode()))
                .set(
                        MERCHANT_PROFILE.LEGAL_REPRESENTATIVE,
                        signUp.legalRepresentative().strip())
                .set(MERCHANT_PROFILE.CONTACT_PHONE, signUp.contactPhone().strip())
                .set(
                        MERCHANT_PROFILE.BUSINESS_CATEGORY,
                        signUp.businessCategory().name())
                .set(MERCHANT_PROFILE.STATUS, status.name())
                .set(MERCHANT_PROFILE.STATUS_CHANGED_AT, now)
                .set(MERCHANT_PROFILE.CREATED_AT, now)
                .execute();
    }

    Optional<MerchantSummary> findByOwner(UUID ownerAccountId) {
        return db.selectFrom(MERCHANT_PROFILE)
                .where(MERCHANT_PROFILE.OWNER_ACCOUNT_ID.eq(ownerAccountId))
                .fetchOptional(MerchantRepository::toSummary);
    }

    Optional<MerchantSummary> findById(UUID id) {
        return db.selectFrom(MERCHANT_PROFILE)
                .where(MERCHANT_PROFILE.ID.eq(id))
                .fetchOptional(MerchantRepository::toSummary);
    }

    /** The state now, the row locked until the caller's transaction ends (a transition waits for it, and it for one). */
    Optional<MerchantStatus> statusForUpdate(UUID id) {
        return db.select(MERCHANT_PROFILE.STATUS)
                .from(MERCHANT_PROFILE)
                .where(MERCHANT_PROFILE.ID.eq(id))
                .forUpdate()
                .fetchOptional(r -> MerchantStatus.valueOf(r.value1()));
    }

    Map<UUID, String> storeNames(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return db.select(MERCHANT_PROFILE.ID, MERCHANT_PROFILE.STORE_NAME)
                .from(MERCHANT_PROFILE)
                .where(MERCHANT_PROFILE.ID.in(ids))
                .fetchMap(r -> r.value1(), r -> r.value2());
    }

    Optional<UUID> ownerOf(UUID id) {
        return db.select(MERCHANT_PROFILE.OWNER_ACCOUNT_ID)
                .from(MERCHANT_PROFILE)
                .where(MERCHANT_PROFILE.ID.eq(id))
                .fetchOptional(MERCHANT_PROFILE.OWNER_ACCOUNT_ID);
    }

    Optional<MerchantDetails> findDetails(UUID id) {
        return db.selectFrom(MERCHANT_PROFILE)
                .where(MERCHANT_PROFILE.ID.eq(id))
                .fetchOptional(r -> new MerchantDetails(toSummary(r), r.getLegalRepresentative(), r.getContactPhone()));
    }

    /** Other merchants registered with the same unified social credit code. */
    int countOthersWithCreditCode(UUID id, String creditCode) {
        return db.fetchCount(
                MERCHANT_PROFILE,
                MERCHANT_PROFILE
                        .CREDIT_CODE
                        .eq(CreditCode.normalize(creditCode))
                        .and(MERCHANT_PROFILE.ID.ne(id)));
    }

    int countQueue(Collection<MerchantStatus> statuses, BusinessCategory category, Instant waitingSince) {
        return db.fetchCount(MERCHANT_PROFILE, queueCondition(statuses, category, waitingSince));
    }

    /** The longest-waiting first. */
    List<MerchantSummary> pageQueue(
            Collection<MerchantStatus> statuses,
            BusinessCategory category,
            Instant waitingSince,
            int offset,
            int limit) {
        return db.selectFrom(MERCHANT_PROFILE)
                .where(queueCondition(statuses, category, waitingSince))
                .orderBy(MERCHANT_PROFILE.STATUS_CHANGED_AT.asc(), MERCHANT_PROFILE.ID)
                .offset(offset)
                .limit(limit)
                .fetch(MerchantRepository::toSummary);
    }

    private static Condition queueCondition(
            Collection<MerchantStatus> statuses, BusinessCategory category, Instant waitingSince) {
        Condition condition = MERCHANT_PROFILE.STATUS.in(names(statuses));
        if (category != null) {
            condition = condition.and(MERCHANT_PROFILE.BUSINESS_CATEGORY.eq(category.name()));
        }
        if (waitingSince != null) {
            condition = condition.and(MERCHANT_PROFILE.STATUS_CHANGED_AT.le(waitingSince));
        }
        return condition;
    }

    boolean storeNameExists(String storeName) {
        return db.fetchExists(MERCHANT_PROFILE, MERCHANT_PROFILE.STORE_NAME.eq(storeName.strip()));
    }

    /**
     * Moves the merchant only if it is still in the state the caller saw: one row updated, or someone was first. Every
     * state change goes through here, so this is where {@link MerchantStatusChanged} is published (inside the caller's
     * transaction; the event publication registry delivers it after commit).
     */
    boolean transition(UUID id, MerchantStatus from, MerchantStatus to, Instant now) {
        boolean moved = db.update(MERCHANT_PROFILE)
                        .set(MERCHANT_PROFILE.STATUS, to.name())
                        .set(MERCHANT_PROFILE.STATUS_CHANGED_AT, now)
                        .set(MERCHANT_PROFILE.REVISION, MERCHANT_PROFILE.REVISION.plus(1))
                        .where(MERCHANT_PROFILE.ID.eq(id))
                        .and(MERCHANT_PROFILE.STATUS.eq(from.name()))
                        .execute()
                == 1;
        if (moved) {
            events.publishEvent(new MerchantStatusChanged(id, from, to));
        }
        return moved;
    }

    Map<MerchantStatus, Integer> countByStatus() {
        return db.select(MERCHANT_PROFILE.STATUS, DSL.count())
                .from(MERCHANT_PROFILE)
                .groupBy(MERCHANT_PROFILE.STATUS)
                .fetchMap(r -> MerchantStatus.valueOf(r.value1()), r -> r.value2());
    }

    int countInStatus(Collection<MerchantStatus> statuses) {
        return db.fetchCount(MERCHANT_PROFILE, MERCHANT_PROFILE.STATUS.in(names(statuses)));
    }

    List<MerchantSummary> pageInStatus(Collection<MerchantStatus> statuses, int offset, int limit) {
        return db.selectFrom(MERCHANT_PROFILE)
                .where(MERCHANT_PROFILE.STATUS.in(names(statuses)))
                .orderBy(MERCHANT_PROFILE.STATUS_CHANGED_AT.asc(), MERCHANT_PROFILE.ID)
                .offset(offset)
                .limit(limit)
                .fetch(MerchantRepository::toSummary);
    }

    int countByName(Collection<MerchantStatus> statuses, String name) {
        return db.fetchCount(MERCHANT_PROFILE, byName(statuses, name));
    }

    List<MerchantSummary> pageByName(Collection<MerchantStatus> statuses, String name, int offset, int limit) {
        return db.selectFrom(MERCHANT_PROFILE)
                .where(byName(statuses, name))
                .orderBy(MERCHANT_PROFILE.STORE_NAME, MERCHANT_PROFILE.ID)
                .offset(offset)
                .limit(limit)
                .fetch(MerchantRepository::toSummary);
    }

    private static Condition byName(Collection<MerchantStatus> statuses, String name) {
        Condition condition = MERCHANT_PROFILE.STATUS.in(names(statuses));
        String text = name == null ? "" : name.strip();
        return text.isEmpty() ? condition : condition.and(MERCHANT_PROFILE.STORE_NAME.containsIgnoreCase(text));
    }

    private static List<String> names(Collection<MerchantStatus> statuses) {
        return statuses.stream().map(Enum::name).toList();
    }

    private static MerchantSummary toSummary(MerchantProfileRecord r) {
        return new MerchantSummary(
                r.getId(),
                r.getStoreName(),
                r.getCompanyName(),
                r.getCreditCode(),
                BusinessCategory.valueOf(r.getBusinessCategory()),
                MerchantStatus.valueOf(r.getStatus()),
                r.getStatusChangedAt(),
                r.getCreatedAt());
    }
}
