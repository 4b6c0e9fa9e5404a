package com.ks.platform.identity;

import static com.ks.jooq.Tables.IDENTITY_ACCOUNT;
import static com.ks.jooq.Tables.IDENTITY_ACCOUNT_ROLE;
import static com.ks.jooq.Tables.IDENTITY_ADDRESS;
import static com.ks.jooq.Tables.IDENTITY_CONSENT;
import static com.ks.jooq.Tables.IDENTITY_EXTERNAL_LOGIN;

import com.ks.jooq.tables.records.IdentityAccountRecord;
import com.ks.platform.shared.PersonalDataCipher;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Result;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class AccountRepository {

    private final DSLContext db;
    private final PersonalDataCipher cipher;

    AccountRepository(DSLContext db, PersonalDataCipher cipher) {
        this.db = db;
        this.cipher = cipher;
    }

    /** E-mail is encrypted at rest: equality goes through its blind index (the address as stored, lower-cased). */
    private Condition emailIs(String email) {
        return IDENTITY_ACCOUNT.EMAIL_INDEX.eq(cipher.blindIndex(email));
    }

    void insert(UUID id, String email, String displayName, String passwordHash, Set<Role> roles, Instant now) {
        db.insertInto(IDENTITY_ACCOUNT)
                .set(IDENTITY_ACCOUNT.ID, id)
                .set(IDENTITY_ACCOUNT.EMAIL, email)
                .set(IDENTITY_ACCOUNT.EMAIL_INDEX, cipher.blindIndex(email))
                .set(IDENTITY_ACCOUNT.DISPLAY_NAME, displayName)
                .set(IDENTITY_ACCOUNT.PASSWORD_HASH, passwordHash)
                .set(IDENTITY_ACCOUNT.STATUS, AccountStatus.ACTIVE.name())
                .set(IDENTITY_ACCOUNT.CREATED_AT, now)
                .execute();
        addRoles(id, roles);
    }

    /** Replaces the hash only if it is still the one the caller checked (two changes at once: one wins). */
    boolean replacePasswordHash(UUID accountId, String expectedHash, String newHash) {
        return db.update(IDENTITY_ACCOUNT)
                        .set(IDENTITY_ACCOUNT.PASSWORD_HASH, newHash)
                        .where(IDENTITY_ACCOUNT.ID.eq(accountId))
                        .and(IDENTITY_ACCOUNT.PASSWORD_HASH.eq(expectedHash))
                        .execute()
                == 1;
    }

    void addRoles(UUID accountId, Set<Role> roles) {
        for (Role role : roles) {
            db.insertInto(IDENTITY_ACCOUNT_ROLE)
                    .set(IDENTITY_ACCOUNT_ROLE.ACCOUNT_ID, accountId)
                    .set(IDENTITY_ACCOUNT_ROLE.ROLE_NAME, role.name())
                    .onDuplicateKeyIgnore()
                    .execute();
        }
    }

    void removeRole(UUID accountId, Role role) {
        db.deleteFrom(IDENTITY_ACCOUNT_ROLE)
                .where(IDENTITY_ACCOUNT_ROLE.ACCOUNT_ID.eq(accountId))
                .and(IDENTITY_ACCOUNT_ROLE.ROLE_NAME.eq(role.name()))
                .execute();
    }

    boolean emailExists(String email) {
        return db.fetchExists(IDENTITY_ACCOUNT, emailIs(email));
    }

    Optional<IdentityAccountRecord> findByEmail(String email) {
        return db.selectFrom(IDENTITY_ACCOUNT).where(emailIs(email)).fetchOptional();
    }

    Optional<IdentityAccountRecord> findById(UUID id) {
        return db.selectFrom(IDENTITY_ACCOUNT).where(IDENTITY_ACCOUNT.ID.eq(id)).fetchOptional();
    }

    Optional<AccountDetails> findDetails(UUID id) {
        return findById(id).map(this::toDetails);
    }

    Optional<AccountDetails> findDetailsByEmail(String email) {
        return findByEmail(email).map(this::toDetails);
    }

    Set<Role> rolesOf(UUID accountId) {
        return db
                .select(IDENTITY_ACCOUNT_ROLE.ROLE_NAME)
                .from(IDENTITY_ACCOUNT_ROLE)
                .where(IDENTITY_ACCOUNT_ROLE.ACCOUNT_ID.eq(accountId))
                .fetch(r -> Role.valueOf(r.value1()))
                .stream()
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    AccountDetails toDetails(IdentityAccountRecord r) {
        return toDetails(r, rolesOf(r.getId()));
    }

    private static AccountDetails toDetails(IdentityAccountRecord r, Set<Role> roles) {
        return new AccountDetails(
                r.getId(),
                r.getEmail(),
                r.getDisplayName(),
                roles,
                AccountStatus.valueOf(r.getStatus()),
                r.getPreferredLocale() == null ? null : Locale.forLanguageTag(r.getPreferredLocale()),
                r.getCreatedAt());
    }

    void recordFailedLogin(String email, int lockAfter, Instant lockedUntil) {
        db.update(IDENTITY_ACCOUNT)
                .set(IDENTITY_ACCOUNT.FAILED_LOGINS, IDENTITY_ACCOUNT.FAILED_LOGINS.plus(1))
                .set(
                        IDENTITY_ACCOUNT.LOCKED_UNTIL,
                        DSL.when(IDENTITY_ACCOUNT.FAILED_LOGINS.plus(1).ge(lockAfter), DSL.val(lockedUntil))
                                .otherwise(IDENTITY_ACCOUNT.LOCKED_UNTIL))
                .where(emailIs(email))
                .execute();
    }

    boolean anyWithRole(Role role) {
        return db.fetchExists(IDENTITY_ACCOUNT_ROLE, IDENTITY_ACCOUNT_ROLE.ROLE_NAME.eq(role.name()));
    }

    void recordSuccessfulReset(UUID accountId) {
        db.update(IDENTITY_ACCOUNT)
                .set(IDENTITY_ACCOUNT.FAILED_LOGINS, 0)
                .setNull(IDENTITY_ACCOUNT.LOCKED_UNTIL)
                .where(IDENTITY_ACCOUNT.ID.eq(accountId))
                .execute();
    }

    void recordSuccessfulLogin(UUID accountId, Instant now) {
        db.update(IDENTITY_ACCOUNT)
                .set(IDENTITY_ACCOUNT.FAILED_LOGINS, 0)
                .setNull(IDENTITY_ACCOUNT.LOCKED_UNTIL)
                .set(IDENTITY_ACCOUNT.LAST_LOGIN_AT, now)
                .where(IDENTITY_ACCOUNT.ID.eq(accountId))
                .execute();
    }

    void updatePreferredLocale(UUID accountId, String languageTag) {
        db.update(IDENTITY_ACCOUNT)
                .set(IDENTITY_ACCOUNT.PREFERRED_LOCALE, languageTag)
                .where(IDENTITY_ACCOUNT.ID.eq(accountId))
                .execute();
    }

    void insertConsent(UUID id, UUID accountId, ConsentPurpose purpose, String version, boolean granted, Instant at) {
        db.insertInto(IDENTITY_CONSENT)
                .set(IDENTITY_CONSENT.ID, id)
                .set(IDENTITY_CONSENT.ACCOUNT_ID, accountId)
                .set(IDENTITY_CONSENT.PURPOSE, purpose.name())
                .set(IDENTITY_CONSENT.POLICY_VERSION, version)
                .set(IDENTITY_CONSENT.GRANTED, granted)
                .set(IDENTITY_CONSENT.RECORDED_AT, at)
                .execute();
    }

    /** The latest decision per purpose: a withdrawal is a newer row, never an update. */
    Map<ConsentPurpose, Boolean> currentConsents(UUID accountId) {
        var latest = db.select(
                        IDENTITY_CONSENT.PURPOSE,
                        IDENTITY_CONSENT.GRANTED,
                        DSL.rowNumber()
                                .over(DSL.partitionBy(IDENTITY_CONSENT.PURPOSE)
                                        .orderBy(IDENTITY_CONSENT.RECORDED_AT.desc(), IDENTITY_CONSENT.ID.desc()))
                                .as("rn"))
                .from(IDENTITY_CONSENT)
                .where(IDENTITY_CONSENT.ACCOUNT_ID.eq(accountId))
                .asTable("latest");
        return db.select(latest.field(IDENTITY_CONSENT.PURPOSE), latest.field(IDENTITY_CONSENT.GRANTED))
                .from(latest)
                .where(latest.field("rn", Integer.class).eq(1))
                .fetchMap(r -> ConsentPurpose.valueOf(r.value1()), r -> r.value2());
    }

    Optional<UUID> findLinkedAccount(String issuer, String subject) {
        return db.select(IDENTITY_EXTERNAL_LOGIN.ACCOUNT_ID)
                .from(IDENTITY_EXTERNAL_LOGIN)
                .where(IDENTITY_EXTERNAL_LOGIN.ISSUER.eq(issuer))
                .and(IDENTITY_EXTERNAL_LOGIN.SUBJECT.eq(subject))
                .fetchOptional(r -> r.value1());
    }

    void link(String issuer, String subject, UUID accountId, Instant now) {
        db.insertInto(IDENTITY_EXTERNAL_LOGIN)
                .set(IDENTITY_EXTERNAL_LOGIN.ISSUER, issuer)
                .set(IDENTITY_EXTERNAL_LOGIN.SUBJECT, subject)
                .set(IDENTITY_EXTERNAL_LOGIN.ACCOUNT_ID, accountId)
                .set(IDENTITY_EXTERNAL_LOGIN.LINKED_AT, now)
                .execute();
    }

    Map<Role, Integer> countByRole() {
        return db.select(IDENTITY_ACCOUNT_ROLE.ROLE_NAME, DSL.count())
                .from(IDENTITY_ACCOUNT_ROLE)
                .groupBy(IDENTITY_ACCOUNT_ROLE.ROLE_NAME)
                .fetchMap(r -> Role.valueOf(r.value1()), r -> r.value2());
    }

    int count(String search) {
        return db.fetchCount(IDENTITY_ACCOUNT, matching(search));
    }

    /** One page of accounts with their roles: two queries per page, not one per account. */
    List<AccountDetails> page(String search, int offset, int limit) {
        return withRoles(db.selectFrom(IDENTITY_ACCOUNT)
                .where(matching(search))
                .orderBy(IDENTITY_ACCOUNT.CREATED_AT.desc(), IDENTITY_ACCOUNT.ID)
                .offset(offset)
                .limit(limit)
                .fetch());
    }

    /** Accounts by id with their roles, in two queries; ids of no account are left out. */
    List<AccountDetails> findDetails(Collection<UUID> ids) {
        return ids.isEmpty()
                ? List.of()
                : withRoles(db.selectFrom(IDENTITY_ACCOUNT)
                        .where(IDENTITY_ACCOUNT.ID.in(ids))
                        .fetch());
    }

    private List<AccountDetails> withRoles(Result<IdentityAccountRecord> rows) {
        Map<UUID, Set<Role>> roles = new HashMap<>();
        db.select(IDENTITY_ACCOUNT_ROLE.ACCOUNT_ID, IDENTITY_ACCOUNT_ROLE.ROLE_NAME)
                .from(IDENTITY_ACCOUNT_ROLE)
                .where(IDENTITY_ACCOUNT_ROLE.ACCOUNT_ID.in(rows.map(IdentityAccountRecord::getId)))
                .forEach(r -> roles.computeIfAbsent(r.value1(), id -> EnumSet.noneOf(Role.class))
                        .add(Role.valueOf(r.value2())));
        return rows.map(r -> toDetails(r, roles.getOrDefault(r.getId(), EnumSet.noneOf(Role.class))));
    }

    /**
     * Name and e-mail are encrypted at rest, so the search is an exact match through the blind indexes: the whole
     * e-mail address (any case) or the whole mobile number of one of the account's addresses (digits only).
     */
    private Condition matching(String search) {
        if (search == null || search.isBlank()) {
            return DSL.trueCondition();
        }
        String email = AccountService.normalizeEmail(search);
        String mobile = search.replaceAll("[\\s-]", "");
        return IDENTITY_ACCOUNT
                .EMAIL_INDEX
                .eq(cipher.blindIndex(email))
                .or(IDENTITY_ACCOUNT.ID.in(DSL.select(IDENTITY_ADDRESS.ACCOUNT_ID)
                        .from(IDENTITY_ADDRESS)
                        .where(IDENTITY_ADDRESS.MOBILE_INDEX.eq(cipher.blindIndex(mobile)))));
    }

    List<UUID> accountIdsWithRole(Role role) {
        return db.select(IDENTITY_ACCOUNT_ROLE.ACCOUNT_ID)
                .from(IDENTITY_ACCOUNT_ROLE)
                .where(IDENTITY_ACCOUNT_ROLE.ROLE_NAME.eq(role.name()))
                .orderBy(IDENTITY_ACCOUNT_ROLE.ACCOUNT_ID)
                .fetch(IDENTITY_ACCOUNT_ROLE.ACCOUNT_ID);
    }
}
