package com.ks.platform.merchant;

import com.ks.platform.identity.Roles;
import com.ks.platform.shared.AuditTrail;
import com.ks.platform.shared.BusinessTime;
import com.ks.platform.shared.CurrentActor;
import com.ks.platform.shared.FileNames;
import com.ks.platform.shared.FileStorage;
import com.ks.platform.shared.Ids;
import com.ks.platform.shared.NotAllowed;
import com.ks.platform.shared.NotFound;
import com.ks.platform.shared.RuleViolated;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Qualification documents: a merchant files and resubmits its own; compliance officers read anyone's. */
@Service
public class MerchantDocumentService {

    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private final DocumentRepository documents;
    private final MerchantRepository merchants;
    private final FileStorage storage;
    private final AuditTrail audit;
    private final Clock clock;

    MerchantDocumentService(
            DocumentRepository documents,
            MerchantRepository merchants,
            FileStorage storage,
            AuditTrail audit,
            Clock clock) {
        this.documents = documents;
        this.merchants = merchants;
        this.storage = storage;
        this.audit = audit;
        this.clock = clock;
    }

    /** Files a new version of a document for the signed-in owner's merchant; a refused file stores nothing. */
    @PreAuthorize(Roles.IS_MERCHANT)
    @Transactional
    public MerchantDocument upload(DocumentUpload upload) {
        MerchantSummary merchant = myMerchant();
        if (merchant.status() == MerchantStatus.TERMINATED) {
            throw new NotAllowed("error.merchant.terminated");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        String contentType = checkFile(upload, errors);
        LocalDate today = LocalDate.now(clock.withZone(BusinessTime.ZONE));
        if (upload.kind() == null) {
            errors.put("kind", "error.required");
        } else if (upload.expiresOn() == null && upload.kind().expiryRequired()) {
            errors.put("expiresOn", "error.document.expiryRequired");
        }
        if (upload.expiresOn() != null && upload.expiresOn().isBefore(today)) {
            errors.put("expiresOn", "error.document.alreadyExpired");
        }
        String companyName = upload.licenceCompanyName() == null
                ? ""
                : upload.licenceCompanyName().strip();
        if (upload.kind() == DocumentKind.BUSINESS_LICENCE) {
            if (companyName.isEmpty()) {
                errors.put("licenceCompanyName", "error.required");
            } else if (companyName.length() < 4
                    || companyName.length() > 120
                    || companyName.chars().anyMatch(Character::isISOControl)) {
                errors.put("licenceCompanyName", "error.length");
            }
        }
        if (!errors.isEmpty()) {
            throw new RuleViolated(errors);
        }
        UUID id = Ids.newId(clock);
        MerchantDocument document = new MerchantDocument(
                id,
                merchant.id(),
                upload.kind(),
                documents.nextVersion(merchant.id(), upload.kind()),
                contentType,
                upload.content().length,
                FileNames.safe(upload.fileName(), "document"),
                upload.kind() == DocumentKind.BUSINESS_LICENCE ? companyName : null,
                upload.expiresOn(),
                clock.instant());
        String key = "merchant/" + merchant.id() + "/" + id;
        documents.insert(document, key, CurrentActor.requireAccountId());
        storage.putInTransaction(key, upload.content());
        audit.record(
                "merchant.document.uploaded",
                "merchant",
                merchant.id().toString(),
                null,
                document.kind() + ":v" + document.version());
        return document;
    }

    /** The newest version of each document the signed-in owner's merchant filed. */
    @PreAuthorize(Roles.IS_MERCHANT)
    @Transactional(readOnly = true)
    public List<MerchantDocument> myDocuments() {
        return documents.latestOf(myMerchant().id());
    }

    @PreAuthorize(Roles.IS_COMPLIANCE_OFFICER)
    @Transactional(readOnly = true)
    public List<MerchantDocument> documentsOf(UUID merchantId) {
        return documents.latestOf(merchantId);
    }

    /** A document's file: to its own merchant and to compliance officers; for anyone else it does not exist. */
    @PreAuthorize(Roles.IS_MERCHANT_OR_COMPLIANCE_OFFICER)
    @Transactional(readOnly = true)
    public DocumentFile file(UUID documentId) {
        MerchantDocument document = readable(documentId);
        byte[] content = documents
                .storageKey(documentId)
                .flatMap(storage::get)
                .orElseThrow(() -> new NotFound("error.document.notFound"));
        return new DocumentFile(document.fileName(), document.contentType(), content);
    }

    /** How many pages the inline viewer shows: 1 for an image, the PDF's pages up to a limit. */
    @PreAuthorize(Roles.IS_MERCHANT_OR_COMPLIANCE_OFFICER)
    @Transactional(readOnly = true)
    public int pageCount(UUID documentId) {
        DocumentFile file = file(documentId);
        if (!"application/pdf".equals(file.contentType())) {
            return 1;
        }
        try {
            return PdfPages.count(file.content());
        } catch (IOException e) {
            throw new RuleViolated("error.document.unreadable");
        }
    }

    /** One page as an image for the browser: images as filed, PDF pages rendered to PNG on the server. */
    @PreAuthorize(Roles.IS_MERCHANT_OR_COMPLIANCE_OFFICER)
    @Transactional(readOnly = true)
    public DocumentFile page(UUID documentId, int pageIndex) {
        DocumentFile file = file(documentId);
        if (!"application/pdf".equals(file.contentType())) {
            return file;
        }
        try {
            return new DocumentFile(
                    file.fileName() + "-" + (pageIndex + 1) + ".png",
                    "image/png",
                    PdfPages.render(file.content(), pageIndex));
        } catch (IOException e) {
            throw new RuleViolated("error.document.unreadable");
        }
    }

    /** Kinds the merchant's category requires that it has not filed yet. */
    @PreAuthorize(Roles.IS_MERCHANT)
    @Transactional(readOnly = true)
    public Set<DocumentKind> myMissingDocuments() {
        MerchantSummary merchant = myMerchant();
        return missing(merchant, documents.latestOf(merchant.id()));
    }

    /** Sends the application (again) to compliance: from draft, needs-more-information or rejected. */
    @PreAuthorize(Roles.IS_MERCHANT)
    @Transactional
    public void submitForReview() {
        MerchantSummary merchant = myMerchant();
        if (!merchant.status().canMoveTo(MerchantStatus.SUBMITTED)) {
            throw new RuleViolated("error.merchant.cannotSubmit");
        }
        List<MerchantDocument> latest = documents.latestOf(merchant.id());
        if (!missing(merchant, latest).isEmpty()) {
            throw new RuleViolated("error.documents.missing");
        }
        LocalDate today = LocalDate.now(clock.withZone(BusinessTime.ZONE));
        if (latest.stream().anyMatch(d -> d.expiresOn() != null && d.expiresOn().isBefore(today))) {
            throw new RuleViolated("error.document.alreadyExpired");
        }
        if (!merchants.transition(merchant.id(), merchant.status(), MerchantStatus.SUBMITTED, clock.instant())) {
            throw new RuleViolated("error.merchant.alreadyDecided");
        }
        audit.record(
                "merchant.submitted",
                "merchant",
                merchant.id().toString(),
                null,
                latest.stream().map(MerchantDocument::versionLabel).collect(Collectors.joining(",")));
    }

    static Set<DocumentKind> missing(MerchantSummary merchant, List<MerchantDocument> latest) {
        Set<DocumentKind> missing = EnumSet.noneOf(DocumentKind.class);
        missing.addAll(DocumentKind.requiredFor(merchant.businessCategory()));
        latest.forEach(d -> missing.remove(d.kind()));
        return missing;
    }

    private MerchantDocument readable(UUID documentId) {
        if (documentId == null) {
            throw new NotFound("error.document.notFound");
        }
        if (CurrentActor.hasRole(Roles.COMPLIANCE_OFFICER)) {
            return documents.findById(documentId).orElseThrow(() -> new NotFound("error.document.notFound"));
        }
        UUID merchantId = merchants
                .findByOwner(CurrentActor.requireAccountId())
                .map(MerchantSummary::id)
                .orElseThrow(() -> new NotFound("error.document.notFound"));
        return documents
                .findForMerchant(documentId, merchantId)
                .orElseThrow(() -> new NotFound("error.document.notFound"));
    }

    private MerchantSummary myMerchant() {
        return merchants
                .findByOwner(CurrentActor.requireAccountId())
                .orElseThrow(() -> new NotFound("error.merchant.notFound"));
    }

    private static String checkFile(DocumentUpload upload, Map<String, String> errors) {
        byte[] content = upload.content();
        if (content == null || content.length == 0) {
            errors.put("file", "error.document.fileRequired");
            return null;
        }
        if (content.length > MAX_BYTES) {
            errors.put("file", "error.document.tooLarge");
            return null;
        }
        return FileSignature.of(content).map(FileSignature::contentType).orElseGet(() -> {
            errors.put("file", "error.document.unsupportedType");
            return null;
        });
    }
}
