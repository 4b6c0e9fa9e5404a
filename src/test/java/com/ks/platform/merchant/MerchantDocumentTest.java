package com.ks.platform.merchant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ks.platform.KsIntegrationTest;
import com.ks.platform.TestMerchants;
import com.ks.platform.shared.NotFound;
import com.ks.platform.shared.RuleViolated;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authorization.AuthorizationDeniedException;

class MerchantDocumentTest extends KsIntegrationTest {

    @Autowired
    MerchantDocumentService documents;

    @Autowired
    MerchantReviewService review;

    @Autowired
    MerchantRepository merchants;

    @Autowired
    ApplicationContext context;

    @Value("${ks.storage.local-root}")
    String storageRoot;

    private TestMerchants testMerchants() {
        return new TestMerchants(context, this::actAs);
    }

    @Test
    void pdf_png_and_jpeg_are_recognised_by_their_content_not_their_name() {
        var merchant = testMerchants().signUp(BusinessCategory.DIGITAL);
        actAs(merchant.email());
        var png = documents.upload(licence("licence.pdf", TestMerchants.png()));
        var jpeg = documents.upload(licence("scan", TestMerchants.jpeg()));
        var pdf = documents.upload(licence("执照.png", TestMerchants.pdf()));
        assertThat(png.contentType()).isEqualTo("image/png");
        assertThat(jpeg.contentType()).isEqualTo("image/jpeg");
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(documents.file(png.id()).content()).isEqualTo(TestMerchants.png());
    }

    @Test
    void a_disguised_file_is_refused_with_a_clear_message_and_nothing_is_stored() throws IOException {
        var merchant = testMerchants().signUp(BusinessCategory.DIGITAL);
        actAs(merchant.email());
        byte[] script = "<script>alert('x')</script>".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> documents.upload(licence("licence.pdf", script)))
                .isInstanceOfSatisfying(
                        RuleViolated.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("file", "error.document.unsupportedType"));
        assertThat(documents.myDocuments()).isEmpty();
        assertThat(Files.exists(Path.of(storageRoot, "merchant", merchant.id().toString())))
                .as("no file was written for the merchant")
                .isFalse();
    }

    @Test
    void a_file_over_10_mb_is_refused_even_when_it_is_a_real_pdf() {
        var merchant = testMerchants().signUp(BusinessCategory.DIGITAL);
        actAs(merchant.email());
        byte[] big = Arrays.copyOf(TestMerchants.pdf(), MerchantDocumentService.MAX_BYTES + 1);
        assertThatThrownBy(() -> documents.upload(licence("big.pdf", big)))
                .isInstanceOfSatisfying(
                        RuleViolated.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("file", "error.document.tooLarge"));
        byte[] exactly = Arrays.copyOf(TestMerchants.pdf(), MerchantDocumentService.MAX_BYTES);
        assertThat(documents.upload(licence("max.pdf", exactly)).byteCount())
                .isEqualTo(MerchantDocumentService.MAX_BYTES);
    }

    @Test
    void re_uploading_a_kind_creates_a_new_version_and_the_newest_counts() {
        var merchant = testMerchants().signUp(BusinessCategory.DIGITAL);
        actAs(merchant.email());
        var first = documents.upload(licence("v1.png", TestMerchants.png()));
        var second = documents.upload(licence("v2.pdf", TestMerchants.pdf()));
        assertThat(first.version()).isEqualTo(1);
        assertThat(second.version()).isEqualTo(2);
        assertThat(documents.myDocuments()).extracting(MerchantDocument::id).containsExactly(second.id());
        assertThat(documents.file(first.id()).contentType())
                .as("older versions stay readable for the record")
                .isEqualTo("image/png");
    }

    @Test
    void a_permit_needs_its_end_date_an_expired_one_is_refused_and_a_licence_needs_the_company_name() {
        var merchant = testMerchants().signUp(BusinessCategory.FOOD);
        actAs(merchant.email());
        assertThatThrownBy(() -> documents.upload(
                        new DocumentUpload(DocumentKind.CATEGORY_PERMIT, "p.pdf", TestMerchants.pdf(), null, null)))
                .isInstanceOfSatisfying(
                        RuleViolated.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("expiresOn", "error.document.expiryRequired"));
        LocalDate yesterday = LocalDate.now().minusDays(2);
        assertThatThrownBy(() -> documents.upload(new DocumentUpload(
                        DocumentKind.CATEGORY_PERMIT, "p.pdf", TestMerchants.pdf(), yesterday, null)))
                .isInstanceOfSatisfying(
                        RuleViolated.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("expiresOn", "error.document.alreadyExpired"));
        assertThatThrownBy(() -> documents.upload(
                        new DocumentUpload(DocumentKind.BUSINESS_LICENCE, "l.pdf", TestMerchants.pdf(), null, " ")))
                .isInstanceOfSatisfying(
                        RuleViolated.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("licenceCompanyName", "error.required"));
        assertThat(documents.myDocuments()).isEmpty();
    }

    @Test
    void a_merchant_reads_only_its_own_documents_and_a_guessed_id_answers_not_found() {
        var owner = testMerchants().readyForReview(BusinessCategory.DIGITAL);
        var licence = documents.myDocuments().getFirst();
        var other = testMerchants().signUp(BusinessCategory.DIGITAL);
        actAs(other.email());
        assertThatThrownBy(() -> documents.file(licence.id())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> documents.page(licence.id(), 0)).isInstanceOf(NotFound.class);
        assertThat(documents.myDocuments()).isEmpty();
        actAs("shopper@ks.demo");
        assertThatThrownBy(() -> documents.file(licence.id())).isInstanceOf(AuthorizationDeniedException.class);
        actAs("compliance@ks.demo");
        assertThat(documents.file(licence.id()).contentType()).isEqualTo("application/pdf");
        assertThat(documents.documentsOf(owner.id()))
                .extracting(MerchantDocument::id)
                .containsExactly(licence.id());
        actAs(owner.email());
        assertThat(documents.file(licence.id()).fileName()).isEqualTo("business_licence.pdf");
    }

    @Test
    void a_pdf_is_shown_as_png_pages_and_a_broken_pdf_is_reported_not_served() {
        var merchant = testMerchants().signUp(BusinessCategory.DIGITAL);
        actAs(merchant.email());
        var good = documents.upload(licence("good.pdf", TestMerchants.pdf()));
        assertThat(documents.pageCount(good.id())).isEqualTo(1);
        var page = documents.page(good.id(), 0);
        assertThat(page.contentType()).isEqualTo("image/png");
        assertThat(FileSignature.of(page.content())).contains(FileSignature.PNG);

        byte[] broken = "%PDF-1.7\n this is not really a pdf".getBytes(StandardCharsets.US_ASCII);
        var bad = documents.upload(licence("bad.pdf", broken));
        assertThatThrownBy(() -> documents.pageCount(bad.id()))
                .isInstanceOfSatisfying(
                        RuleViolated.class, e -> assertThat(e.messageKey()).isEqualTo("error.document.unreadable"));
    }

    @Test
    void a_merchant_asked_for_more_information_resubmits_only_with_every_required_document() {
        var merchant = testMerchants().readyForReview(BusinessCategory.DIGITAL);
        actAs(merchant.email());
        assertThatThrownBy(() -> documents.submitForReview())
                .as("already waiting")
                .isInstanceOfSatisfying(
                        RuleViolated.class, e -> assertThat(e.messageKey()).isEqualTo("error.merchant.cannotSubmit"));
        var seen = testMerchants().shownTo("compliance@ks.demo", merchant.id());
        review.claim(merchant.id());
        review.askForInformation(merchant.id(), java.util.Set.of(DocumentKind.TAX_REGISTRATION), "请补充税务登记证", seen);

        actAs(merchant.email());
        documents.upload(new DocumentUpload(DocumentKind.TAX_REGISTRATION, "tax.png", TestMerchants.png(), null, null));
        documents.submitForReview();
        assertThat(merchants.findById(merchant.id()).orElseThrow().status()).isEqualTo(MerchantStatus.SUBMITTED);

        var bare = testMerchants().signUp(BusinessCategory.FOOD);
        actAs(bare.email());
        assertThat(documents.myMissingDocuments())
                .containsExactlyInAnyOrder(DocumentKind.BUSINESS_LICENCE, DocumentKind.CATEGORY_PERMIT);
    }

    private static DocumentUpload licence(String fileName, byte[] content) {
        return new DocumentUpload(DocumentKind.BUSINESS_LICENCE, fileName, content, null, TestMerchants.COMPANY);
    }
}
