package com.ks.platform.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ks.platform.catalog.ProductDetails;
import com.ks.platform.compliance.findings.Finding;
import com.ks.platform.compliance.findings.FindingKind;
import com.ks.platform.compliance.findings.FindingService;
import com.ks.platform.compliance.findings.FindingState;
import com.ks.platform.merchant.MerchantStatus;
import com.ks.platform.shared.RuleViolated;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Automatic findings (★): a product saved with a term the Advertising Law art. 9 forbids or a prohibited-goods keyword
 * becomes a proposal for officers — never a penalty by itself; an officer confirms it with a violation or dismisses it.
 */
class FindingsTest extends ViolationTestSupport {

    @Autowired
    FindingService findings;

    List<Finding> findingsOf(UUID productId) {
        actAs(OFFICER);
        return findings.ofProduct(productId);
    }

    ProductDetails productOf(Shop shop, String title) {
        actAs(shop.merchant().email());
        return testCatalog.publish(title + " " + UUID.randomUUID().toString().substring(0, 6), 5, 10, 19_900);
    }

    @Test
    void advertising_law_art_9_a_superlative_in_a_saved_title_is_proposed_and_nothing_is_applied() throws Exception {
        var shop = shopWithAProduct();
        ProductDetails product = productOf(shop, "国家级 最佳音质 降噪耳机");

        eventually(() -> findingsOf(product.id()).size() == 2);

        assertThat(findingsOf(product.id()))
                .extracting(Finding::kind, Finding::term, Finding::state)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(FindingKind.AD_TERM, "国家级", FindingState.PROPOSED),
                        org.assertj.core.groups.Tuple.tuple(FindingKind.AD_TERM, "最佳", FindingState.PROPOSED));
        assertThat(statusOf(shop.merchant().id())).isEqualTo(MerchantStatus.ACTIVE);
        assertThat(catalog.product(product.id()))
                .as("still on sale until an officer decides")
                .isPresent();
    }

    @Test
    void a_prohibited_goods_keyword_is_proposed_as_prohibited_goods() throws Exception {
        var shop = shopWithAProduct();
        ProductDetails product = productOf(shop, "户外仿真枪玩具");

        eventually(() -> !findingsOf(product.id()).isEmpty());

        assertThat(findingsOf(product.id())).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FindingKind.PROHIBITED);
            assertThat(f.typeCode()).isEqualTo("PROHIBITED_GOODS");
            assertThat(f.excerpt()).contains("仿真枪");
        });
    }

    @Test
    void confirming_records_the_violation_and_delists_and_a_finding_is_decided_only_once() throws Exception {
        var shop = shopWithAProduct();
        ProductDetails product = productOf(shop, "销量第一 充电宝");
        eventually(() -> !findingsOf(product.id()).isEmpty());
        Finding finding = findingsOf(product.id()).getFirst();
        NewViolation violation = new NewViolation(
                shop.merchant().id(),
                "FALSE_ADVERTISING",
                "标题使用“销量第一”",
                Penalty.DELISTING,
                30,
                Set.of(product.id()),
                List.of());

        UUID violationId = findings.confirm(finding.id(), violation);

        assertThat(findings.finding(finding.id()).state()).isEqualTo(FindingState.CONFIRMED);
        assertThat(findings.finding(finding.id()).violationId()).isEqualTo(violationId);
        assertThat(catalog.product(product.id())).as("delisted").isEmpty();
        assertThatThrownBy(() -> findings.confirm(finding.id(), violation))
                .isInstanceOf(RuleViolated.class)
                .extracting(e -> ((RuleViolated) e).messageKey())
                .isEqualTo("error.finding.decided");
        assertThatThrownBy(() -> findings.dismiss(finding.id(), "误报")).isInstanceOf(RuleViolated.class);
    }

    @Test
    void a_finding_confirmed_against_another_merchant_is_refused_with_nothing_written() throws Exception {
        var shop = shopWithAProduct();
        var other = shopWithAProduct();
        ProductDetails product = productOf(shop, "顶级 蓝牙音箱");
        eventually(() -> !findingsOf(product.id()).isEmpty());
        Finding finding = findingsOf(product.id()).getFirst();

        assertThatThrownBy(() -> findings.confirm(
                        finding.id(),
                        new NewViolation(
                                other.merchant().id(), "OTHER", "借题发挥", Penalty.WARNING, 30, Set.of(), List.of())))
                .isInstanceOf(RuleViolated.class);

        assertThat(findings.finding(finding.id()).state()).isEqualTo(FindingState.PROPOSED);
        assertThat(statusOf(other.merchant().id())).isEqualTo(MerchantStatus.ACTIVE);
    }

    @Test
    void dismissing_needs_a_reason_and_a_rescan_does_not_propose_it_again() throws Exception {
        var shop = shopWithAProduct();
        ProductDetails product = productOf(shop, "唯一 正品手机壳");
        eventually(() -> !findingsOf(product.id()).isEmpty());
        Finding finding = findingsOf(product.id()).getFirst();

        assertThatThrownBy(() -> findings.dismiss(finding.id(), "  "))
                .isInstanceOf(RuleViolated.class)
                .extracting(e -> ((RuleViolated) e).fieldErrors().get("reason"))
                .isEqualTo("error.required");
        findings.dismiss(finding.id(), "“唯一”指款式唯一，不是绝对化用语");
        findings.scanAll();

        assertThat(findingsOf(product.id()))
                .singleElement()
                .satisfies(f -> assertThat(f.state()).isEqualTo(FindingState.DISMISSED));
    }

    @Test
    void shoppers_and_merchants_cannot_read_or_decide_findings() {
        var shop = shopWithAProduct();
        for (String who : new String[] {"shopper@ks.demo", shop.merchant().email()}) {
            actAs(who);
            assertThatThrownBy(() -> findings.list(FindingState.PROPOSED, 0, 10))
                    .as(who)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> findings.dismiss(UUID.randomUUID(), "x"))
                    .as(who)
                    .isInstanceOf(AccessDeniedException.class);
        }
    }
}
