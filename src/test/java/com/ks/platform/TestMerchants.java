package com.ks.platform;

import com.ks.platform.merchant.BusinessCategory;
import com.ks.platform.merchant.CreditCode;
import com.ks.platform.merchant.DocumentKind;
import com.ks.platform.merchant.DocumentUpload;
import com.ks.platform.merchant.MerchantDocument;
import com.ks.platform.merchant.MerchantDocumentService;
import com.ks.platform.merchant.MerchantOnboardingService;
import com.ks.platform.merchant.MerchantReviewService;
import com.ks.platform.merchant.MerchantSignUp;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.springframework.context.ApplicationContext;

/** Merchants with their own unique data (e-mail, shop name, credit code) and real files, for tests in any package. */
public final class TestMerchants {

    public static final String COMPANY = "测试贸易有限公司";
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final MerchantOnboardingService onboarding;
    private final MerchantDocumentService documents;
    private final MerchantReviewService review;
    private final Consumer<String> actAs;

    public TestMerchants(ApplicationContext context, Consumer<String> actAs) {
        this.onboarding = context.getBean(MerchantOnboardingService.class);
        this.documents = context.getBean(MerchantDocumentService.class);
        this.review = context.getBean(MerchantReviewService.class);
        this.actAs = actAs;
    }

    /** A merchant of the category just signed up (DRAFT), without documents. */
    public Created signUp(BusinessCategory category) {
        return signUp(category, uniqueCreditCode());
    }

    public Created signUp(BusinessCategory category, String creditCode) {
        String email = KsIntegrationTest.uniqueEmail("m");
        String store = "测试店" + UUID.randomUUID().toString().substring(0, 8);
        UUID id = onboarding.signUp(new MerchantSignUp(
                email, "店主", "good password 1", store, COMPANY, creditCode, "王法人", "13800138000", category, true));
        return new Created(id, email, store);
    }

    /**
     * Signed up, with every document its category requires (valid for a year), submitted for review, acting as its
     * owner.
     */
    public Created readyForReview(BusinessCategory category) {
        Created merchant = signUp(category);
        actAs.accept(merchant.email());
        for (DocumentKind kind : DocumentKind.requiredFor(category)) {
            documents.upload(new DocumentUpload(
                    kind,
                    kind.name().toLowerCase() + ".pdf",
                    pdf(),
                    kind == DocumentKind.BUSINESS_LICENCE
                            ? null
                            : LocalDate.now().plusYears(1),
                    kind == DocumentKind.BUSINESS_LICENCE ? COMPANY : null));
        }
        documents.submitForReview();
        return merchant;
    }

    /** Ready for review and approved by the officer, so it trades; the caller's security context is left as the officer's. */
    public Created approved(BusinessCategory category, String officerEmail) {
        Created merchant = readyForReview(category);
        List<UUID> seen = shownTo(officerEmail, merchant.id());
        review.claim(merchant.id());
        review.approve(merchant.id(), null, seen);
        return merchant;
    }

    /** Ids of the newest documents (what an officer's review page shows), acting as the given officer. */
    public List<UUID> shownTo(String officerEmail, UUID merchantId) {
        actAs.accept(officerEmail);
        return documents.documentsOf(merchantId).stream()
                .map(MerchantDocument::id)
                .toList();
    }

    public static String uniqueCreditCode() {
        StringBuilder code = new StringBuilder("91");
        while (code.length() < 17) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return CreditCode.withCheckCharacter(code.toString());
    }

    public static byte[] png() {
        return image("png");
    }

    public static byte[] jpeg() {
        return image("jpg");
    }

    public static byte[] pdf() {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] image(String format) {
        try {
            BufferedImage image = new BufferedImage(24, 16, BufferedImage.TYPE_INT_RGB);
            image.setRGB(3, 3, 0xB71C1C);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public record Created(UUID id, String email, String storeName) {}
}
