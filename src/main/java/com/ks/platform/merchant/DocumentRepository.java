package com.ks.platform.merchant;

import static com.ks.jooq.Tables.MERCHANT_DOCUMENT;
import static com.ks.jooq.Tables.MERCHANT_PROFILE;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class DocumentRepository {

    private static final com.ks.jooq.tables.MerchantDocument NEWER = MERCHANT_DOCUMENT.as("newer");

    private final DSLContext db;

    DocumentRepository(DSLContext db) {
        this.db = db;
    }

    int nextVersion(UUID merchantId, DocumentKind kind) {
        Integer max = db.select(DSL.max(MERCHANT_DOCUMENT.VERSION_NO))
                .from(MERCHANT_DOCUMENT)
                .where(MERCHANT_DOCUMENT.MERCHANT_ID.eq(merchantId))
                .and(MERCHANT_DOCUMENT.DOC_KIND.eq(kind.name()))
                .fetchOne(0, Integer.class);
        return max == null ? 1 : max + 1;
    }

    void insert(MerchantDocument document, String storageKey, UUID uploadedBy) {
        db.insertInto(MERCHANT_DOCUMENT)
                .set(MERCHANT_DOCUMENT.ID, document.id())
                .set(MERCHANT_DOCUMENT.MERCHANT_ID, document.merchantId())
                .set(MERCHANT_DOCUMENT.DOC_KIND, document.kind().name())
                .set(MERCHANT_DOCUMENT.VERSION_NO, document.version())
                .set(MERCHANT_DOCUMENT.CONTENT_TYPE, document.contentType())
                .set(MERCHANT_DOCUMENT.BYTE_COUNT, document.byteCount())
                .set(MERCHANT_DOCUMENT.FILE_NAME, document.fileName())
                .set(MERCHANT_DOCUMENT.STORAGE_KEY, storageKey)
                .set(MERCHANT_DOCUMENT.LICENCE_COMPANY_NAME, document.licenceCompanyName())
                .set(MERCHANT_DOCUMENT.EXPIRES_ON, document.expiresOn())
                .set(MERCHANT_DOCUMENT.UPLOADED_AT, document.uploadedAt())
                .set(MERCHANT_DOCUMENT.UPLOADED_BY, uploadedBy)
                .execute();
    }

    Optional<MerchantDocument> findById(UUID id) {
        return db.selectFrom(MERCHANT_DOCUMENT)
                .where(MERCHANT_DOCUMENT.ID.eq(id))
                .fetchOptional(DocumentRepository::toDocument);
    }

    /** Tenant-scoped: another merchant's document answers empty. */
    Optional<MerchantDocument> findForMerchant(UUID id, UUID merchantId) {
        return db.selectFrom(MERCHANT_DOCUMENT)
                .where(MERCHANT_DOCUMENT.ID.eq(id))
                .and(MERCHANT_DOCUMENT.MERCHANT_ID.eq(merchantId))
                .fetchOptional(DocumentRepository::toDocument);
    }

    Optional<String> storageKey(UUID id) {
        return db.select(MERCHANT_DOCUMENT.STORAGE_KEY)
                .from(MERCHANT_DOCUMENT)
                .where(MERCHANT_DOCUMENT.ID.eq(id))
                .fetchOptional(MERCHANT_DOCUMENT.STORAGE_KEY);
    }

    /** The newest version of each kind the merchant filed. */
    List<MerchantDocument> latestOf(UUID merchantId) {
        return db.selectFrom(MERCHANT_DOCUMENT)
                .where(MERCHANT_DOCUMENT.MERCHANT_ID.eq(merchantId))
                .and(isLatest())
                .orderBy(MERCHANT_DOCUMENT.DOC_KIND)
                .fetch(DocumentRepository::toDocument);
    }

    /** Latest documents of merchants in the given states that are valid only until {@code lastDay} or earlier. */
    List<ExpiringDocument> latestExpiringBy(Collection<MerchantStatus> statuses, LocalDate lastDay) {
        return db.select(
                        MERCHANT_PROFILE.ID,
                        MERCHANT_PROFILE.OWNER_ACCOUNT_ID,
                        MERCHANT_PROFILE.STATUS,
                        MERCHANT_DOCUMENT.ID,
                        MERCHANT_DOCUMENT.DOC_KIND,
                        MERCHANT_DOCUMENT.EXPIRES_ON)
                .from(MERCHANT_DOCUMENT)
                .join(MERCHANT_PROFILE)
                .on(MERCHANT_PROFILE.ID.eq(MERCHANT_DOCUMENT.MERCHANT_ID))
                .where(MERCHANT_PROFILE.STATUS.in(
                        statuses.stream().map(Enum::name).toList()))
                .and(MERCHANT_DOCUMENT.EXPIRES_ON.le(lastDay))
                .and(isLatest())
                .orderBy(MERCHANT_PROFILE.ID, MERCHANT_DOCUMENT.EXPIRES_ON)
                .fetch(r -> new ExpiringDocument(
                        r.get(MERCHANT_PROFILE.ID),
                        r.get(MERCHANT_PROFILE.OWNER_ACCOUNT_ID),
                        MerchantStatus.valueOf(r.get(MERCHANT_PROFILE.STATUS)),
                        r.get(MERCHANT_DOCUMENT.ID),
                        DocumentKind.valueOf(r.get(MERCHANT_DOCUMENT.DOC_KIND)),
                        r.get(MERCHANT_DOCUMENT.EXPIRES_ON)));
    }

    record ExpiringDocument(
            UUID merchantId,
            UUID ownerAccountId,
            MerchantStatus status,
            UUID documentId,
            DocumentKind kind,
            LocalDate expiresOn) {}

    private static org.jooq.Condition isLatest() {
        return DSL.notExists(DSL.selectOne()
                .from(NEWER)
                .where(NEWER.MERCHANT_ID.eq(MERCHANT_DOCUMENT.MERCHANT_ID))
                .and(NEWER.DOC_KIND.eq(MERCHANT_DOCUMENT.DOC_KIND))
                .and(NEWER.VERSION_NO.gt(MERCHANT_DOCUMENT.VERSION_NO)));
    }

    private static MerchantDocument toDocument(Record r) {
        var d = r.into(MERCHANT_DOCUMENT);
        return new MerchantDocument(
                d.getId(),
                d.getMerchantId(),
                DocumentKind.valueOf(d.getDocKind()),
                d.getVersionNo(),
                d.getContentType(),
                d.getByteCount(),
                d.getFileName(),
                d.getLicenceCompanyName(),
                d.getExpiresOn(),
                d.getUploadedAt());
    }
}
