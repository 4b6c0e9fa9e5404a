package com.ks.platform.compliance;

import com.ks.platform.identity.Roles;
import com.ks.platform.merchant.CreditCode;
import com.ks.platform.merchant.DocumentKind;
import com.ks.platform.merchant.MerchantDetails;
import com.ks.platform.merchant.MerchantDocument;
import com.ks.platform.merchant.MerchantDocumentService;
import com.ks.platform.merchant.MerchantQueries;
import com.ks.platform.merchant.MerchantSummary;
import com.ks.platform.shared.BusinessTime;
import com.ks.platform.shared.NotFound;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The checklist the system fills in before an officer decides on a merchant's qualification. */
@Service
@PreAuthorize(Roles.IS_COMPLIANCE_OFFICER)
public class ReviewChecklistService {

    /** A document valid for fewer days than this would lapse right after approval. */
    public static final int EXPIRY_MARGIN_DAYS = 30;

    private final MerchantQueries merchants;
    private final MerchantDocumentService documents;
    private final Clock clock;

    ReviewChecklistService(MerchantQueries merchants, MerchantDocumentService documents, Clock clock) {
        this.merchants = merchants;
        this.documents = documents;
        this.clock = clock;
    }

    public List<ChecklistResult> checklist(UUID merchantId) {
        MerchantDetails details =
                merchants.details(merchantId).orElseThrow(() -> new NotFound("error.merchant.notFound"));
        MerchantSummary merchant = details.summary();
        List<MerchantDocument> latest = documents.documentsOf(merchantId);
        LocalDate today = LocalDate.now(clock.withZone(BusinessTime.ZONE));

        Set<DocumentKind> missing = EnumSet.noneOf(DocumentKind.class);
        missing.addAll(DocumentKind.requiredFor(merchant.businessCategory()));
        latest.forEach(d -> missing.remove(d.kind()));

        Set<DocumentKind> expiring = latest.stream()
                .filter(d -> d.expiresOn() != null && d.expiresOn().isBefore(today.plusDays(EXPIRY_MARGIN_DAYS)))
                .map(MerchantDocument::kind)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DocumentKind.class)));

        boolean nameMatches = latest.stream()
                .filter(d -> d.kind() == DocumentKind.BUSINESS_LICENCE)
                .anyMatch(d -> sameCompany(d.licenceCompanyName(), merchant.companyName()));

        return List.of(
                new ChecklistResult(
                        ChecklistItem.CREDIT_CODE_VALID, CreditCode.isValid(merchant.creditCode()), Set.of()),
                new ChecklistResult(
                        ChecklistItem.COMPANY_NAME_MATCHES,
                        nameMatches,
                        nameMatches ? Set.of() : Set.of(DocumentKind.BUSINESS_LICENCE)),
                new ChecklistResult(ChecklistItem.REQUIRED_DOCUMENTS_PRESENT, missing.isEmpty(), missing),
                new ChecklistResult(ChecklistItem.NO_DOCUMENT_EXPIRING, expiring.isEmpty(), expiring),
                new ChecklistResult(
                        ChecklistItem.CREDIT_CODE_UNIQUE,
                        merchants.countOthersWithSameCreditCode(merchantId) == 0,
                        Set.of()));
    }

    /** Full-width and half-width brackets and spaces are the same name on a licence (（有限公司） = (有限公司)). */
    static boolean sameCompany(String onLicence, String onAccount) {
        return onLicence != null && normalize(onLicence).equals(normalize(onAccount));
    }

    private static String normalize(String name) {
        return name.replace('（', '(')
                .replace('）', ')')
                .replaceAll("[\\s\\u3000]+", "")
                .toUpperCase(Locale.ROOT);
    }
}
