package com.ks.platform.compliance.export;

import com.ks.jooq.tables.records.ComplianceRegulatorExportRecord;
import com.ks.platform.catalog.ProductSanctions;
import com.ks.platform.compliance.RegulatorExportPart;
import com.ks.platform.identity.Roles;
import com.ks.platform.merchant.DocumentFile;
import com.ks.platform.merchant.MerchantDetails;
import com.ks.platform.merchant.MerchantDocument;
import com.ks.platform.merchant.MerchantDocumentService;
import com.ks.platform.merchant.MerchantQueries;
import com.ks.platform.shared.ActorPrincipal;
import com.ks.platform.shared.AuditChain;
import com.ks.platform.shared.AuditTrail;
import com.ks.platform.shared.BusinessTime;
import com.ks.platform.shared.CurrentActor;
import com.ks.platform.shared.FileNames;
import com.ks.platform.shared.FileStorage;
import com.ks.platform.shared.Ids;
import com.ks.platform.shared.NotAllowed;
import com.ks.platform.shared.NotFound;
import com.ks.platform.shared.RuleViolated;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Regulator exports (E-Commerce Law art. 25: the platform provides an authority, on its lawful request, the merchant's
 * identity, qualification, product and transaction records). An officer enters the request — authority, reference and
 * reason are required — and gets a ZIP (request.json, identity.json with the qualification documents, products.csv,
 * violations.csv, transactions.csv from ordering, manifest.json with each file's SHA-256) and its detached Ed25519 signature.
 * The request and the export are recorded in the audit trail; the archive is kept, so a download is the same bytes.
 */
@Service
@PreAuthorize(Roles.IS_COMPLIANCE_OFFICER)
public class RegulatorExportService {

    static final int MAX_DAYS = 3 * 366;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RegulatorExportRepository exports;
    private final ExportSigner signer;
    private final MerchantQueries merchants;
    private final MerchantDocumentService documents;
    private final ProductSanctions products;
    private final ObjectProvider<RegulatorExportPart> parts;
    private final FileStorage storage;
    private final AuditChain chain;
    private final AuditTrail audit;
    private final Clock clock;

    RegulatorExportService(
            RegulatorExportRepository exports,
            ExportSigner signer,
            MerchantQueries merchants,
            MerchantDocumentService documents,
            ProductSanctions products,
            ObjectProvider<RegulatorExportPart> parts,
            FileStorage storage,
            AuditChain chain,
            AuditTrail audit,
            Clock clock) {
        this.exports = exports;
        this.signer = signer;
        this.merchants = merchants;
        this.documents = documents;
        this.products = products;
        this.parts = parts;
        this.storage = storage;
        this.chain = chain;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Builds, signs and keeps the export; all or nothing. Refused: a missing authority, reference or reason, a period
     * missing, reversed or longer than three years, an unknown merchant, and no signing key configured.
     */
    @Transactional
    public UUID export(RegulatorRequest request) {
        Map<String, String> errors = new LinkedHashMap<>();
        String authority = text(request == null ? null : request.authority(), "authority", 100, errors);
        String reference = text(request == null ? null : request.reference(), "reference", 60, errors);
        String reason = text(request == null ? null : request.reason(), "reason", 500, errors);
        if (request == null || request.from() == null || request.to() == null) {
            errors.put("period", "error.export.periodRequired");
        } else if (request.to().isBefore(request.from())
                || ChronoUnit.DAYS.between(request.from(), request.to()) > MAX_DAYS) {
            errors.put("period", "error.export.periodInvalid");
        }
        if (!errors.isEmpty()) {
            throw new RuleViolated(errors);
        }
        MerchantDetails merchant = (request.merchantId() == null
                        ? Optional.<MerchantDetails>empty()
                        : merchants.details(request.merchantId()))
                .orElseThrow(() -> new NotFound("error.merchant.notFound"));
        if (!signer.available()) {
            throw new NotAllowed("error.export.noKey");
        }
        ActorPrincipal officer = CurrentActor.require();
        Instant now = clock.instant();
        Instant from = BusinessTime.startOf(request.from());
        Instant to = BusinessTime.startOf(request.to().plusDays(1));
        UUID id = Ids.newId(clock);
        audit.record(
                "regulator-export.requested",
                "regulator_export",
                id.toString(),
                reason,
                "authority=" + authority + " reference=" + reference + " merchant="
                        + merchant.summary().id() + " period=" + request.from() + "/" + request.to());

        AuditChain.Head head = chain.head();
        Map<String, byte[]> files = new LinkedHashMap<>();
        Map<String, Object> requestJson = new LinkedHashMap<>();
        requestJson.put("exportId", id);
        requestJson.put("authority", authority);
        requestJson.put("reference", reference);
        requestJson.put("reason", reason);
        requestJson.put("periodFrom", request.from().toString());
        requestJson.put("periodTo", request.to().toString());
        requestJson.put("timeZone", BusinessTime.ZONE.getId());
        requestJson.put("merchantId", merchant.summary().id());
        requestJson.put("officer", officer.label());
        requestJson.put("generatedAt", now.toString());
        requestJson.put("signingKeyId", signer.keyId());
        requestJson.put("auditChainHead", Map.of("sequence", head.lastSeq(), "sha256", head.lastHash()));
        files.put("request.json", JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(requestJson));
        files.put("identity.json", merchantJson(merchant, files));
        files.put("products.csv", productsCsv(merchant.summary().id()));
        parts.orderedStream()
                .forEach(part -> files.put(
                        part.fileName(), part.content(merchant.summary().id(), from, to)));
        List<Map<String, Object>> manifest = new ArrayList<>();
        files.forEach(
                (name, bytes) -> manifest.add(Map.of("file", name, "bytes", bytes.length, "sha256", sha256(bytes))));
        files.put("manifest.json", JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));

        byte[] zip = zip(files, now);
        byte[] signature = signer.sign(zip);
        String key = "compliance/exports/" + id;
        storage.putInTransaction(key, zip);
        RegulatorExport export = new RegulatorExport(
                id,
                merchant.summary().id(),
                authority,
                reference,
                reason,
                from,
                to,
                officer.label(),
                now,
                zip.length,
                sha256(zip),
                signer.keyId());
        exports.insert(export, officer.accountId(), key, Base64.getEncoder().encodeToString(signature));
        audit.record(
                "regulator-export.created",
                "regulator_export",
                id.toString(),
                null,
                "sha256=" + export.sha256() + " bytes=" + zip.length + " key=" + export.keyId() + " files="
                        + String.join(",", files.keySet()));
        return id;
    }

    @Transactional(readOnly = true)
    public int count() {
        return exports.count();
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    public List<RegulatorExport> list(int offset, int limit) {
        return exports.page(offset, Math.min(limit, 100));
    }

    @Transactional(readOnly = true)
    public RegulatorExport find(UUID exportId) {
        return RegulatorExportRepository.export(row(exportId));
    }

    /** The archive as it was signed; each download is recorded. */
    @Transactional
    public byte[] archive(UUID exportId) {
        ComplianceRegulatorExportRecord row = row(exportId);
        byte[] zip = storage.get(row.getStorageKey()).orElseThrow(() -> new NotFound("error.export.notFound"));
        audit.record("regulator-export.downloaded", "regulator_export", exportId.toString(), null);
        return zip;
    }

    /** The detached signature: 64 raw bytes, as {@code openssl pkeyutl -verify -sigfile} reads them. */
    @Transactional(readOnly = true)
    public byte[] signature(UUID exportId) {
        return Base64.getDecoder().decode(row(exportId).getSignature());
    }

    /** The platform's public key (PEM) that checks the signatures. */
    public String publicKeyPem() {
        if (!signer.available()) {
            throw new NotAllowed("error.export.noKey");
        }
        return signer.publicKeyPem();
    }

    private ComplianceRegulatorExportRecord row(UUID exportId) {
        return (exportId == null ? Optional.<ComplianceRegulatorExportRecord>empty() : exports.find(exportId))
                .orElseThrow(() -> new NotFound("error.export.notFound"));
    }

    private byte[] merchantJson(MerchantDetails merchant, Map<String, byte[]> files) {
        var s = merchant.summary();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", s.id());
        json.put("storeName", s.storeName());
        json.put("companyName", s.companyName());
        json.put("unifiedSocialCreditCode", s.creditCode());
        json.put("legalRepresentative", merchant.legalRepresentative());
        json.put("contactPhone", merchant.contactPhone());
        json.put("businessCategory", s.businessCategory());
        json.put("status", s.status());
        json.put("statusChangedAt", String.valueOf(s.statusChangedAt()));
        json.put("registeredAt", String.valueOf(s.createdAt()));
        List<Map<String, Object>> qualification = new ArrayList<>();
        for (MerchantDocument d : documents.documentsOf(s.id())) {
            DocumentFile file = documents.file(d.id());
            String name = "documents/" + d.kind().name() + "-v" + d.version() + "-"
                    + FileNames.safe(d.fileName(), d.id() + ".bin");
            files.put(name, file.content());
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("kind", d.kind());
            doc.put("version", d.version());
            doc.put("file", name);
            doc.put("contentType", d.contentType());
            doc.put("licenceCompanyName", d.licenceCompanyName());
            doc.put("expiresOn", String.valueOf(d.expiresOn()));
            doc.put("uploadedAt", d.uploadedAt().toString());
            qualification.add(doc);
        }
        json.put("qualificationDocuments", qualification);
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(json);
    }

    private byte[] productsCsv(UUID merchantId) {
        StringBuilder csv = new StringBuilder("\uFEFFproduct_id,title,status,delisted_by_platform\r\n");
        for (ProductSanctions.SanctionableProduct p : products.productsOf(merchantId)) {
            csv.append(String.join(
                            ",",
                            RegulatorExportPart.csvCell(p.id()),
                            RegulatorExportPart.csvCell(p.title()),
                            RegulatorExportPart.csvCell(p.status()),
                            RegulatorExportPart.csvCell(p.delisted())))
                    .append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] zip(Map<String, byte[]> files, Instant now) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (var file : files.entrySet()) {
                ZipEntry entry = new ZipEntry(file.getKey());
                entry.setTime(now.toEpochMilli());
                zip.putNextEntry(entry);
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static String text(String value, String field, int max, Map<String, String> errors) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            errors.put(field, "error.export." + field + "Required");
            return null;
        }
        if (text.length() > max || text.chars().anyMatch(c -> c != '\n' && Character.isISOControl(c))) {
            errors.put(field, "error.length");
            return null;
        }
        return text;
    }
}
