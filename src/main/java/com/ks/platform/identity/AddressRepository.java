package com.ks.platform.identity;

import static com.ks.jooq.Tables.IDENTITY_ACCOUNT;
import static com.ks.jooq.Tables.IDENTITY_ADDRESS;

import com.ks.platform.shared.PersonalDataCipher;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

/** Addresses by owner: every method takes the shopper's account id, so another shopper's row is never reached. */
@Repository
class AddressRepository {

    /** The columns an address shows: its timestamps only order lists (parsing them cost a tenth of each look-up). */
    private static final List<Field<?>> SHOWN = List.of(
            IDENTITY_ADDRESS.ID,
            IDENTITY_ADDRESS.RECIPIENT,
            IDENTITY_ADDRESS.MOBILE,
            IDENTITY_ADDRESS.PROVINCE_CODE,
            IDENTITY_ADDRESS.CITY_CODE,
            IDENTITY_ADDRESS.DISTRICT_CODE,
            IDENTITY_ADDRESS.DETAIL,
            IDENTITY_ADDRESS.IS_DEFAULT);

    private final DSLContext db;
    private final PersonalDataCipher cipher;
    private final Regions regions;

    AddressRepository(DSLContext db, Regions regions, PersonalDataCipher cipher) {
        this.db = db;
        this.cipher = cipher;
        this.regions = regions;
    }

    /** Serialises one shopper's address changes (limit, the one default) on every node, until the commit. */
    void lockOwner(UUID accountId) {
        db.select(IDENTITY_ACCOUNT.ID)
                .from(IDENTITY_ACCOUNT)
                .where(IDENTITY_ACCOUNT.ID.eq(accountId))
                .forUpdate()
                .fetchOptional();
    }

    /** Default first, then newest. */
    List<AddressDetails> list(UUID accountId) {
        return db.select(SHOWN)
                .from(IDENTITY_ADDRESS)
                .where(IDENTITY_ADDRESS.ACCOUNT_ID.eq(accountId))
                .orderBy(
                        IDENTITY_ADDRESS.IS_DEFAULT.desc(),
                        IDENTITY_ADDRESS.CREATED_AT.desc(),
                        IDENTITY_ADDRESS.ID.desc())
                .fetch(this::toDetails);
    }

    Optional<AddressDetails> find(UUID accountId, UUID id) {
        return db.select(SHOWN)
                .from(IDENTITY_ADDRESS)
                .where(IDENTITY_ADDRESS.ACCOUNT_ID.eq(accountId), IDENTITY_ADDRESS.ID.eq(id))
                .fetchOptional(this::toDetails);
    }

    Optional<AddressDetails> findDefault(UUID accountId) {
        return db.select(SHOWN)
                .from(IDENTITY_ADDRESS)
                .where(IDENTITY_ADDRESS.ACCOUNT_ID.eq(accountId), IDENTITY_ADDRESS.IS_DEFAULT.isTrue())
                .orderBy(IDENTITY_ADDRESS.UPDATED_AT.desc())
                .limit(1)
                .fetchOptional(this::toDetails);
    }

    int count(UUID accountId) {
        return db.fetchCount(IDENTITY_ADDRESS, IDENTITY_ADDRESS.ACCOUNT_ID.eq(accountId));
    }

    void insert(UUID id, UUID accountId, ValidAddress address, boolean isDefault, Instant now) {
        db.insertInto(IDENTITY_ADDRESS)
                .set(IDENTITY_ADDRESS.ID, id)
                .set(IDENTITY_ADDRESS.ACCOUNT_ID, accountId)
                .set(columns(address, now))
                .set(IDENTITY_ADDRESS.IS_DEFAULT, isDefault)
                .set(IDENTITY_ADDRESS.CREATED_AT, now)
                .execute();
    }

    void update(UUID accountId, UUID id, ValidAddress address, Instant now) {
        db.update(IDENTITY_ADDRESS)
                .set(columns(address, now))
                .where(IDENTITY_ADDRESS.ACCOUNT_ID.eq(accountId), IDENTITY_ADDRESS.ID.eq(id))
                .execute();
    }

    /** What a person typed, as written by both insert and update. */
    private Map<Field<?>, Object> columns(ValidAddress address, Instant now) {
        Map<Field<?>, Object> columns = new LinkedHashMap<>();
        columns.put(IDENTITY_ADDRESS.RECIPIENT, address.recipient());
        columns.put(IDENTITY_ADDRESS.MOBILE, address.mobile());
        // the mobile is encrypted at rest; its blind index lets an admin find the account by the whole number
        columns.put(IDENTITY_ADDRESS.MOBILE_INDEX, cipher.blindIndex(address.mobile()));
        columns.put(IDENTITY_ADDRESS.PROVINCE_CODE, address.provinceCode());
        columns.put(IDENTITY_ADDRESS.CITY_CODE, address.cityCode());
        columns.put(IDENTITY_ADDRESS.DISTRICT_CODE, address.districtCode());
        columns.put(IDENTITY_ADDRESS.DETAIL, address.detail());
        columns.put(IDENTITY_ADDRESS.UPDATED_AT, now);
        return columns;
    }

    /** Makes this address the only default of its owner. */
    void setDefault(UUID accountId, UUID id) {
        db.update(IDENTITY_ADDRESS)
                .set(IDENTITY_ADDRESS.IS_DEFAULT, IDENTITY_ADDRESS.ID.eq(id))
                .where(IDENTITY_ADDRESS.ACCOUNT_ID.eq(accountId))
                .and(IDENTITY_ADDRESS.IS_DEFAULT.isTrue().or(IDENTITY_ADDRESS.ID.eq(id)))
                .execute();
    }

    void delete(UUID accountId, UUID id) {
        db.deleteFrom(IDENTITY_ADDRESS)
                .where(IDENTITY_ADDRESS.ACCOUNT_ID.eq(accountId), IDENTITY_ADDRESS.ID.eq(id))
                .execute();
    }

    Optional<UUID> mostRecentlyUpdated(UUID accountId) {
        return db.select(IDENTITY_ADDRESS.ID)
                .from(IDENTITY_ADDRESS)
                .where(IDENTITY_ADDRESS.ACCOUNT_ID.eq(accountId))
                .orderBy(IDENTITY_ADDRESS.UPDATED_AT.desc(), IDENTITY_ADDRESS.ID.desc())
                .limit(1)
                .fetchOptional(IDENTITY_ADDRESS.ID);
    }

    private AddressDetails toDetails(Record r) {
        String province = r.get(IDENTITY_ADDRESS.PROVINCE_CODE);
        String city = r.get(IDENTITY_ADDRESS.CITY_CODE);
        String district = r.get(IDENTITY_ADDRESS.DISTRICT_CODE);
        return new AddressDetails(
                r.get(IDENTITY_ADDRESS.ID),
                r.get(IDENTITY_ADDRESS.RECIPIENT),
                r.get(IDENTITY_ADDRESS.MOBILE),
                province,
                city,
                district,
                nameOf(province),
                nameOf(city),
                nameOf(district),
                r.get(IDENTITY_ADDRESS.DETAIL),
                Boolean.TRUE.equals(r.get(IDENTITY_ADDRESS.IS_DEFAULT)));
    }

    /** A code dropped from a later edition of the data still shows, as its code, rather than failing the list. */
    private String nameOf(String code) {
        return regions.find(code).map(Region::name).orElse(code);
    }
}
