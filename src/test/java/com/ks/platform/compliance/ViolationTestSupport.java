package com.ks.platform.compliance;

import static com.ks.jooq.Tables.COMPLIANCE_VIOLATION;

import com.ks.platform.KaribuTest;
import com.ks.platform.TestMerchants;
import com.ks.platform.catalog.CatalogQueries;
import com.ks.platform.catalog.ProductDetails;
import com.ks.platform.catalog.TestCatalog;
import com.ks.platform.merchant.BusinessCategory;
import com.ks.platform.merchant.MerchantQueries;
import com.ks.platform.merchant.MerchantStatus;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.jooq.DSLContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** An approved shop with a product on sale, the two demo officers, and a way to move a violation's clock. */
abstract class ViolationTestSupport extends KaribuTest {

    static final String OFFICER = "compliance@ks.demo";
    static final String SECOND_OFFICER = "compliance2@ks.demo";

    @Autowired
    ApplicationContext context;

    @Autowired
    ViolationService violations;

    @Autowired
    MerchantViolationService merchantViolations;

    @Autowired
    MerchantQueries merchants;

    @Autowired
    CatalogQueries catalog;

    @Autowired
    TestCatalog testCatalog;

    @Autowired
    PenaltyExpiry expiry;

    @Autowired
    DSLContext db;

    record Shop(TestMerchants.Created merchant, ProductDetails product) {}

    Shop shopWithAProduct() {
        var merchant = new TestMerchants(context, this::actAs).approved(BusinessCategory.DIGITAL, OFFICER);
        actAs(merchant.email());
        ProductDetails product = testCatalog.publish("违规测试耳机 " + UUID.randomUUID(), 5, 10, 9_900);
        return new Shop(merchant, product);
    }

    UUID record(UUID merchantId, Penalty penalty, Set<UUID> products) {
        actAs(OFFICER);
        return violations.record(
                new NewViolation(merchantId, "FALSE_ADVERTISING", "标题使用“国家级”用语", penalty, 30, products, List.of()));
    }

    MerchantStatus statusOf(UUID merchantId) {
        return merchants.publicFacts(merchantId).orElseThrow().status();
    }

    void moveDeadlines(UUID violationId, Instant appealDeadline, Instant penaltyEnd) {
        db.update(COMPLIANCE_VIOLATION)
                .set(COMPLIANCE_VIOLATION.APPEAL_DEADLINE, appealDeadline)
                .set(COMPLIANCE_VIOLATION.PENALTY_ENDS_AT, penaltyEnd)
                .where(COMPLIANCE_VIOLATION.ID.eq(violationId))
                .execute();
    }

    /** Products follow their merchant's state through an event handled after commit. */
    static void eventually(BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 100 && !condition.getAsBoolean(); i++) {
            Thread.sleep(100);
        }
    }

    static byte[] png() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0};
    }
}
