package com.ks.platform.web.demo;

import com.ks.platform.catalog.ProductService;
import com.ks.platform.compliance.CreditRatingService;
import com.ks.platform.compliance.NewViolation;
import com.ks.platform.compliance.Penalty;
import com.ks.platform.compliance.ViolationService;
import com.ks.platform.identity.AccountQueries;
import com.ks.platform.identity.AccountService;
import com.ks.platform.identity.NewAccount;
import com.ks.platform.identity.RegisterShopper;
import com.ks.platform.identity.Role;
import com.ks.platform.identity.SecondFactors;
import com.ks.platform.merchant.BusinessCategory;
import com.ks.platform.merchant.CreditCode;
import com.ks.platform.merchant.DocumentKind;
import com.ks.platform.merchant.DocumentUpload;
import com.ks.platform.merchant.MerchantDocument;
import com.ks.platform.merchant.MerchantDocumentService;
import com.ks.platform.merchant.MerchantOnboardingService;
import com.ks.platform.merchant.MerchantReviewService;
import com.ks.platform.merchant.MerchantSignUp;
import com.ks.platform.merchant.MerchantStaffService;
import com.ks.platform.merchant.StaffInvited;
import com.ks.platform.merchant.StaffPermission;
import com.ks.platform.shared.ActorPrincipal;
import com.ks.platform.shared.BusinessTime;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Demo data through the modules' own services, so audit trails and rules apply as for real users. Runs once: a
 * database that already has the demo administrator is left alone.
 */
@Component
@ConditionalOnProperty(name = "ks.demo.enabled", havingValue = "true")
class DemoDataSeeder implements ApplicationRunner {

    static final String PASSWORD = "ks-demo-2026";
    static final String ADMIN_EMAIL = "admin@ks.demo";

    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

    private final AccountService accounts;
    private final AccountQueries accountQueries;
    private final MerchantOnboardingService onboarding;
    private final MerchantReviewService review;
    private final ProductService products;
    private final MerchantDocumentService documents;
    private final Clock clock;
    private final DemoShopperActivity shopperActivity;
    private final DemoAddresses demoAddresses;
    private final DemoOrders demoOrders;
    private final DemoAfterSales demoAfterSales;
    private final DemoReviews demoReviews;
    private final DemoHistory demoHistory;
    private final DemoSupport demoSupport;
    private final MerchantStaffService merchantStaff;
    private final ViolationService violations;
    private final CreditRatingService ratings;
    private final DemoCommunity demoCommunity;
    private final SecondFactors secondFactors;
    private final String authenticatorSecret;

    DemoDataSeeder(
            AccountService accounts,
            AccountQueries accountQueries,
            MerchantOnboardingService onboarding,
            MerchantReviewService review,
            ProductService products,
            MerchantDocumentService documents,
            Clock clock,
            DemoShopperActivity shopperActivity,
            DemoAddresses demoAddresses,
            DemoOrders demoOrders,
            DemoAfterSales demoAfterSales,
            DemoReviews demoReviews,
            DemoHistory demoHistory,
            DemoSupport demoSupport,
            MerchantStaffService merchantStaff,
            ViolationService violations,
            CreditRatingService ratings,
            DemoCommunity demoCommunity,
            SecondFactors secondFactors,
            @Value("${ks.demo.authenticator-secret}") String authenticatorSecret) {
        this.demoCommunity = demoCommunity;
        this.secondFactors = secondFactors;
        this.authenticatorSecret = authenticatorSecret;
        this.violations = violations;
        this.ratings = ratings;
        this.demoAfterSales = demoAfterSales;
        this.merchantStaff = merchantStaff;
        this.shopperActivity = shopperActivity;
        this.demoAddresses = demoAddresses;
        this.demoOrders = demoOrders;
        this.demoReviews = demoReviews;
        this.demoHistory = demoHistory;
        this.demoSupport = demoSupport;
        this.accounts = accounts;
        this.accountQueries = accountQueries;
        this.onboarding = onboarding;
        this.review = review;
        this.products = products;
        this.documents = documents;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (runAs(null, "demo-data", Set.of(Role.ADMIN), () -> accountQueries.countAccounts(ADMIN_EMAIL)) > 0) {
            return;
        }
        log.info("Loading demo data (ks.demo.enabled=true)");
        runAs(null, "demo-data", Set.of(Role.ADMIN), () -> {
            staff(ADMIN_EMAIL, "平台管理员 周航", Role.ADMIN);
            staff("compliance@ks.demo", "合规专员 陈静", Role.COMPLIANCE_OFFICER);
            // a second officer: appeals are decided by someone other than the officer who recorded the violation
            staff("compliance2@ks.demo", "合规专员 吴涛", Role.COMPLIANCE_OFFICER);
            staff("agent@ks.demo", "客服 刘洋", Role.CS_AGENT);
            staff("lead@ks.demo", "客服主管 孙悦", Role.CS_AGENT, Role.CS_LEAD);
            return null;
        });
        for (var shopper :
                List.of(new String[] {"shopper@ks.demo", "李明"}, new String[] {"wangfang@ks.demo", "王芳"}, new String[] {
                    "zhaolei@ks.demo", "赵磊"
                })) {
            UUID shopperId =
                    accounts.registerShopper(new RegisterShopper(shopper[0], shopper[1], PASSWORD, true, true));
            runAs(shopperId, shopper[1], Set.of(Role.SHOPPER), () -> {
                demoAddresses.addFor(shopper[0]);
                return null;
            });
        }
        List<UUID> approved = List.of(
                merchant("merchant@ks.demo", "张伟", "数码优选旗舰店", "深圳数码优选科技有限公司", "91440300MA5F", BusinessCategory.DIGITAL),
                merchant("home@ks.demo", "孙丽", "悦居家居生活馆", "杭州悦居家居用品有限公司", "91330106MA2H", BusinessCategory.HOME),
                merchant("fruit@ks.demo", "吴强", "鲜果时光", "成都鲜果时光农业有限公司", "91510100MA6C", BusinessCategory.FOOD),
                merchant("sports@ks.demo", "郑凯", "跃动运动户外", "厦门跃动体育用品有限公司", "91350200MA3Q", BusinessCategory.SPORTS));
        merchant("fashion@ks.demo", "林悦", "潮流衣橱工作室", "广州潮流衣橱服饰有限公司", "91440101MA9W", BusinessCategory.APPAREL);
        merchant("baby@ks.demo", "何敏", "贝贝母婴之家", "南京贝贝母婴用品有限公司", "91320100MA1N", BusinessCategory.MOTHER_BABY);
        UUID officer = accountQueries.findByEmail("compliance@ks.demo").orElseThrow();
        runAs(officer, "合规专员 陈静", Set.of(Role.COMPLIANCE_OFFICER), () -> {
            for (UUID id : approved) {
                review.claim(id);
                List<UUID> seen = documents.documentsOf(id).stream()
                        .map(MerchantDocument::id)
                        .toList();
                review.approve(id, "资质齐全，准予入驻", seen);
            }
            return null;
        });
        for (DemoCatalog.Item item : DemoCatalog.items()) {
            UUID owner = accountQueries.findByEmail(item.ownerEmail()).orElseThrow();
            runAs(owner, item.ownerEmail(), Set.of(Role.MERCHANT), () -> {
                UUID productId = products.create(item.product());
                products.publish(productId);
                return productId;
            });
        }
        // the shops' 90 days first: today's demo orders below are then the newest, as they would be
        demoHistory.load();
        shopperActivity.load("shopper@ks.demo");
        demoOrders.load("shopper@ks.demo", "李明", "merchant@ks.demo");
        demoAfterSales.load("shopper@ks.demo", "李明", "merchant@ks.demo");
        demoReviews.load("merchant@ks.demo");
        demoSupport.load();
        shopStaff("merchant@ks.demo", "张伟", "staff@ks.demo", "小周", StaffPermission.ORDERS);
        demoOrders.payOnCredit("shopper@ks.demo", "李明", "home@ks.demo");
        // a warning the demo shop may appeal; 陈静 recorded it, so 吴涛 (compliance2) decides the appeal
        runAs(
                officer,
                "合规专员 陈静",
                Set.of(Role.COMPLIANCE_OFFICER),
                () -> violations.record(new NewViolation(
                        approved.getFirst(),
                        "FALSE_ADVERTISING",
                        "商品详情使用“全网第一”“最佳”等绝对化用语（《广告法》第九条第三项），请于 7 日内修改。",
                        Penalty.WARNING,
                        30,
                        Set.of(),
                        List.of())));
        // first ratings, so shoppers see grades before the nightly recomputation
        runAs(officer, "合规专员 陈静", Set.of(Role.COMPLIANCE_OFFICER), () -> {
            approved.forEach(ratings::recompute);
            return null;
        });
        // a lively community after the reviews, whose deliveries make its answerers verified buyers
        demoCommunity.load("merchant@ks.demo");
        // staff surfaces ask for a second factor (issue 20): every demo staff account shares one documented
        // authenticator secret (README), so the demo and the browser tests can sign staff in
        runAs(null, "demo-data", Set.of(Role.ADMIN), () -> {
            secondFactors.enrolStaffForDemo(authenticatorSecret);
            return null;
        });
        log.info("Demo data loaded: sign in with any demo account, password {}", PASSWORD);
    }

    private void staff(String email, String name, Role role, Role... more) {
        accounts.createStaffAccount(new NewAccount(email, name, PASSWORD, EnumSet.of(role, more), true));
    }

    /** A shopper account the owner invites and that accepts, as a person would on the staff pages. */
    private void shopStaff(String ownerEmail, String owner, String email, String name, StaffPermission permission) {
        UUID staffId = accounts.registerShopper(new RegisterShopper(email, name, PASSWORD, true, false));
        UUID ownerId = accountQueries.findByEmail(ownerEmail).orElseThrow();
        StaffInvited invited =
                runAs(ownerId, owner, Set.of(Role.MERCHANT), () -> merchantStaff.invite(email, EnumSet.of(permission)));
        runAs(staffId, name, Set.of(Role.SHOPPER), () -> merchantStaff.accept(invited.staffId()));
    }

    private UUID merchant(
            String email, String owner, String store, String company, String codePrefix, BusinessCategory category) {
        String creditCode = CreditCode.withCheckCharacter(codePrefix + "00000");
        UUID merchantId = onboarding.signUp(new MerchantSignUp(
                email, owner, PASSWORD, store, company, creditCode, owner, "13800138000", category, true));
        UUID ownerId = accountQueries.findByEmail(email).orElseThrow();
        runAs(ownerId, owner, Set.of(Role.MERCHANT), () -> {
            fileDocuments(company, creditCode, category);
            documents.submitForReview();
            return null;
        });
        return merchantId;
    }

    /** Valid documents for what the category requires; the fashion studio's report lapses soon (a checklist alert). */
    private void fileDocuments(String company, String creditCode, BusinessCategory category) {
        LocalDate today = LocalDate.now(clock.withZone(BusinessTime.ZONE));
        documents.upload(new DocumentUpload(
                DocumentKind.BUSINESS_LICENCE,
                "营业执照.png",
                DemoDocuments.licencePng(company, creditCode, "长期"),
                null,
                company));
        if (DocumentKind.requiredFor(category).contains(DocumentKind.CATEGORY_PERMIT)) {
            LocalDate until = today.plusYears(3);
            documents.upload(new DocumentUpload(
                    DocumentKind.CATEGORY_PERMIT,
                    "食品经营许可证.pdf",
                    DemoDocuments.onePagePdf("食品经营许可证", company, creditCode, until.toString()),
                    until,
                    null));
        }
        if (DocumentKind.requiredFor(category).contains(DocumentKind.QUALITY_REPORT)
                || category == BusinessCategory.APPAREL) {
            LocalDate until = category == BusinessCategory.APPAREL ? today.plusDays(20) : today.plusYears(1);
            documents.upload(new DocumentUpload(
                    DocumentKind.QUALITY_REPORT,
                    "质检报告.pdf",
                    DemoDocuments.onePagePdf("产品质量检验报告", company, creditCode, until.toString()),
                    until,
                    null));
        }
    }

    static <T> T runAs(UUID accountId, String label, Set<Role> roles, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        ActorPrincipal actor = new SeederActor(accountId, label);
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                actor,
                null,
                roles.stream()
                        .map(r -> new SimpleGrantedAuthority(r.authority()))
                        .toList()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private record SeederActor(UUID accountId, String label) implements ActorPrincipal {}
}
