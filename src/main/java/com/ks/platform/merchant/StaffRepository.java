package com.ks.platform.merchant;

import static com.ks.jooq.Tables.MERCHANT_STAFF;
import static com.ks.jooq.Tables.MERCHANT_STAFF_PERMISSION;

import com.ks.jooq.tables.records.MerchantStaffRecord;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class StaffRepository {

    private final DSLContext db;

    StaffRepository(DSLContext db) {
        this.db = db;
    }

    record Membership(UUID staffId, UUID merchantId, Set<StaffPermission> permissions) {}

    /** The one merchant an account works for as active staff, with its permissions. */
    Optional<Membership> activeMembership(UUID accountId) {
        return db.select(MERCHANT_STAFF.ID, MERCHANT_STAFF.MERCHANT_ID)
                .from(MERCHANT_STAFF)
                .where(MERCHANT_STAFF.MEMBER_ACCOUNT_ID.eq(accountId))
                .and(MERCHANT_STAFF.STATUS.eq(StaffStatus.ACTIVE.name()))
                .fetchOptional(r -> new Membership(r.value1(), r.value2(), permissionsOf(r.value1())));
    }

    Optional<MerchantStaffRecord> findOfMerchant(UUID staffId, UUID merchantId) {
        return db.selectFrom(MERCHANT_STAFF)
                .where(MERCHANT_STAFF.ID.eq(staffId))
                .and(MERCHANT_STAFF.MERCHANT_ID.eq(merchantId))
                .forUpdate()
                .fetchOptional();
    }

    Optional<MerchantStaffRecord> findByEmail(UUID merchantId, String email) {
        return db.selectFrom(MERCHANT_STAFF)
                .where(MERCHANT_STAFF.MERCHANT_ID.eq(merchantId))
                .and(MERCHANT_STAFF.EMAIL.eq(email))
                .forUpdate()
                .fetchOptional();
    }

    Optional<MerchantStaffRecord> findByTokenHash(String tokenHash) {
        return db.selectFrom(MERCHANT_STAFF)
                .where(MERCHANT_STAFF.TOKEN_HASH.eq(tokenHash))
                .forUpdate()
                .fetchOptional();
    }

    Optional<MerchantStaffRecord> findInvitationFor(UUID staffId, UUID accountId) {
        return db.selectFrom(MERCHANT_STAFF)
                .where(MERCHANT_STAFF.ID.eq(staffId))
                .and(MERCHANT_STAFF.ACCOUNT_ID.eq(accountId))
                .and(MERCHANT_STAFF.STATUS.eq(StaffStatus.INVITED.name()))
                .forUpdate()
                .fetchOptional();
    }

    /** Open invitations bound to an account, newest first. */
    List<MerchantStaffRecord> openInvitationsFor(UUID accountId, Instant now) {
        return db.selectFrom(MERCHANT_STAFF)
                .where(MERCHANT_STAFF.ACCOUNT_ID.eq(accountId))
                .and(MERCHANT_STAFF.STATUS.eq(StaffStatus.INVITED.name()))
                .and(MERCHANT_STAFF.EXPIRES_AT.gt(now))
                .orderBy(MERCHANT_STAFF.INVITED_AT.desc())
                .limit(20)
                .fetch();
    }

    /** A new invitation, or the earlier row of the same address made a fresh invitation (re-invite replaces). */
    UUID invite(
            UUID newId,
            Optional<MerchantStaffRecord> earlier,
            UUID merchantId,
            String email,
            UUID accountId,
            String tokenHash,
            Instant expiresAt,
            UUID invitedBy,
            Instant now) {
        MerchantStaffRecord row = earlier.orElseGet(() -> {
            MerchantStaffRecord fresh = db.newRecord(MERCHANT_STAFF);
            fresh.setId(newId);
            fresh.setMerchantId(merchantId);
            fresh.setEmail(email);
            return fresh;
        });
        row.setAccountId(accountId);
        row.setMemberAccountId(null);
        row.setStatus(StaffStatus.INVITED.name());
        row.setTokenHash(tokenHash);
        row.setExpiresAt(expiresAt);
        row.setInvitedBy(invitedBy);
        row.setInvitedAt(now);
        row.setAcceptedAt(null);
        row.setRemovedAt(null);
        row.store();
        return row.getId();
    }

    /** INVITED → ACTIVE, only if still invited; the token cannot be used again. */
    boolean activate(UUID staffId, UUID accountId, Instant now) {
        return db.update(MERCHANT_STAFF)
                        .set(MERCHANT_STAFF.STATUS, StaffStatus.ACTIVE.name())
                        .set(MERCHANT_STAFF.ACCOUNT_ID, accountId)
                        .set(MERCHANT_STAFF.MEMBER_ACCOUNT_ID, accountId)
                        .setNull(MERCHANT_STAFF.TOKEN_HASH)
                        .set(MERCHANT_STAFF.ACCEPTED_AT, now)
                        .where(MERCHANT_STAFF.ID.eq(staffId))
                        .and(MERCHANT_STAFF.STATUS.eq(StaffStatus.INVITED.name()))
                        .execute()
                == 1;
    }

    void markRemoved(UUID staffId, Instant now) {
        db.update(MERCHANT_STAFF)
                .set(MERCHANT_STAFF.STATUS, StaffStatus.REMOVED.name())
                .setNull(MERCHANT_STAFF.MEMBER_ACCOUNT_ID)
                .setNull(MERCHANT_STAFF.TOKEN_HASH)
                .set(MERCHANT_STAFF.REMOVED_AT, now)
                .where(MERCHANT_STAFF.ID.eq(staffId))
                .execute();
    }

    void replacePermissions(UUID staffId, Set<StaffPermission> permissions) {
        db.deleteFrom(MERCHANT_STAFF_PERMISSION)
                .where(MERCHANT_STAFF_PERMISSION.STAFF_ID.eq(staffId))
                .execute();
        for (StaffPermission permission : permissions) {
            db.insertInto(MERCHANT_STAFF_PERMISSION)
                    .set(MERCHANT_STAFF_PERMISSION.STAFF_ID, staffId)
                    .set(MERCHANT_STAFF_PERMISSION.PERMISSION, permission.name())
                    .execute();
        }
    }

    Set<StaffPermission> permissionsOf(UUID staffId) {
        return permissionsOf(List.of(staffId)).getOrDefault(staffId, EnumSet.noneOf(StaffPermission.class));
    }

    Map<UUID, Set<StaffPermission>> permissionsOf(Collection<UUID> staffIds) {
        Map<UUID, Set<StaffPermission>> result = new HashMap<>();
        db.select(MERCHANT_STAFF_PERMISSION.STAFF_ID, MERCHANT_STAFF_PERMISSION.PERMISSION)
                .from(MERCHANT_STAFF_PERMISSION)
                .where(MERCHANT_STAFF_PERMISSION.STAFF_ID.in(staffIds))
                .forEach(r -> result.computeIfAbsent(r.value1(), id -> EnumSet.noneOf(StaffPermission.class))
                        .add(StaffPermission.valueOf(r.value2())));
        return result;
    }

    int countOfMerchant(UUID merchantId) {
        return db.fetchCount(
                MERCHANT_STAFF,
                MERCHANT_STAFF.MERCHANT_ID.eq(merchantId).and(MERCHANT_STAFF.STATUS.ne(StaffStatus.REMOVED.name())));
    }

    /** Invitations and members of a merchant (not the removed), oldest first. */
    List<MerchantStaffRecord> pageOfMerchant(UUID merchantId, int offset, int limit) {
        return db.selectFrom(MERCHANT_STAFF)
                .where(MERCHANT_STAFF.MERCHANT_ID.eq(merchantId))
                .and(MERCHANT_STAFF.STATUS.ne(StaffStatus.REMOVED.name()))
                .orderBy(MERCHANT_STAFF.INVITED_AT.asc(), MERCHANT_STAFF.ID)
                .offset(offset)
                .limit(limit)
                .fetch();
    }
}
