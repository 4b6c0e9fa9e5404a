package com.ks.platform.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ks.platform.catalog.ProductService;
import com.ks.platform.catalog.SkuOffers;
import com.ks.platform.merchant.MerchantStatus;
import com.ks.platform.notification.NotificationService;
import com.ks.platform.shared.NotAllowed;
import com.ks.platform.shared.NotFound;
import com.ks.platform.shared.RuleViolated;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Penalties that really apply, their periods, and the merchant's one appeal decided by a second officer. */
class ViolationServiceTest extends ViolationTestSupport {

    @Autowired
    SkuOffers offers;

    @Autowired
    ProductService products;

    @Autowired
    NotificationService notifications;

    @Test
    void a_warning_puts_the_merchant_in_warned_tells_the_owner_and_the_shop_keeps_selling() {
        var shop = shopWithAProduct();
        UUID id = record(shop.merchant().id(), Penalty.WARNING, Set.of());

        assertThat(statusOf(shop.merchant().id())).isEqualTo(MerchantStatus.WARNED);
        assertThat(catalog.product(shop.product().id()))
                .as("a warning delists nothing")
                .isPresent();
        actAs(shop.merchant().email());
        assertThat(notifications.myNotices(0, 10))
                .anySatisfy(n -> assertThat(n.messageKey()).isEqualTo("notice.violation.recorded"));
        ViolationDetails seen = merchantViolations.mine(id);
        assertThat(seen.violation().penalty()).isEqualTo(Penalty.WARNING);
        assertThat(seen.history()).extracting(h -> h.action()).containsExactly("violation.recorded");
    }

    @Test
    void delisting_takes_the_named_product_off_sale_and_the_merchant_cannot_bring_it_back_by_publishing() {
        var shop = shopWithAProduct();
        UUID sku = shop.product().skus().getFirst().id();
        record(shop.merchant().id(), Penalty.DELISTING, Set.of(shop.product().id()));

        assertThat(catalog.product(shop.product().id()))
                .as("the product page is gone")
                .isEmpty();
        assertThat(offers.find(sku).orElseThrow().available())
                .as("carts holding it cannot buy it")
                .isFalse();
        assertThat(statusOf(shop.merchant().id()))
                .as("the shop itself trades on")
                .isEqualTo(MerchantStatus.ACTIVE);
        actAs(shop.merchant().email());
        products.unpublish(shop.product().id());
        products.publish(shop.product().id());
        assertThat(catalog.product(shop.product().id())).isEmpty();
    }

    @Test
    void a_suspension_stops_every_sale_and_when_its_period_ends_the_shop_and_its_products_return() throws Exception {
        var shop = shopWithAProduct();
        UUID id = record(shop.merchant().id(), Penalty.SUSPENSION, Set.of());
        assertThat(statusOf(shop.merchant().id())).isEqualTo(MerchantStatus.SUSPENDED);
        eventually(() -> catalog.product(shop.product().id()).isEmpty());
        assertThat(catalog.product(shop.product().id()))
                .as("nothing can be bought")
                .isEmpty();

        moveDeadlines(id, Instant.now().plus(1, ChronoUnit.DAYS), Instant.now().minusSeconds(1));
        assertThat(expiry.endDue(Instant.now())).isEqualTo(1);

        assertThat(statusOf(shop.merchant().id())).isEqualTo(MerchantStatus.ACTIVE);
        eventually(() -> catalog.product(shop.product().id()).isPresent());
        assertThat(catalog.product(shop.product().id())).isPresent();
        actAs(OFFICER);
        assertThat(violations.details(id).violation().state()).isEqualTo(ViolationState.ENDED);
    }

    @Test
    void when_a_suspension_ends_an_earlier_warning_still_in_force_shows_again() {
        var shop = shopWithAProduct();
        record(shop.merchant().id(), Penalty.WARNING, Set.of());
        UUID suspension = record(shop.merchant().id(), Penalty.SUSPENSION, Set.of());
        moveDeadlines(
                suspension,
                Instant.now().plus(1, ChronoUnit.DAYS),
                Instant.now().minusSeconds(1));

        expiry.endDue(Instant.now());

        assertThat(statusOf(shop.merchant().id())).isEqualTo(MerchantStatus.WARNED);
    }

    @Test
    void a_restricted_merchant_keeps_selling_but_may_not_add_products() {
        var shop = shopWithAProduct();
        record(shop.merchant().id(), Penalty.RESTRICTION, Set.of());

        actAs(shop.merchant().email());
        assertThat(catalog.product(shop.product().id())).isPresent();
        assertThatThrownBy(() -> testCatalog.publish("限制期新品", 5, 10, 1_000))
                .isInstanceOf(NotAllowed.class)
                .hasMessageContaining("error.product.merchantRestricted");
    }

    @Test
    void a_terminated_merchant_takes_no_further_penalty_and_nothing_is_written() {
        var shop = shopWithAProduct();
        record(shop.merchant().id(), Penalty.TERMINATION, Set.of());
        actAs(OFFICER);
        int before = violations.count(ViolationFilter.ALL);

        assertThatThrownBy(() -> record(shop.merchant().id(), Penalty.WARNING, Set.of()))
                .isInstanceOf(RuleViolated.class)
                .hasMessageContaining("error.violation.merchantTerminated");
        assertThat(violations.count(ViolationFilter.ALL)).isEqualTo(before);
    }

    @Test
    void another_merchants_product_disguised_evidence_and_a_missing_period_are_refused_with_nothing_written() {
        var shop = shopWithAProduct();
        var other = shopWithAProduct();
        actAs(OFFICER);
        int before = violations.count(ViolationFilter.ALL);
        byte[] exe = "MZ not really a picture".getBytes();
        byte[] oversized = Arrays.copyOf(png(), 10 * 1024 * 1024 + 1);

        var refused = org.assertj.core.api.Assertions.catchThrowableOfType(
                RuleViolated.class,
                () -> violations.record(new NewViolation(
                        shop.merchant().id(),
                        "COUNTERFEIT",
                        "假冒",
                        Penalty.DELISTING,
                        null,
                        Set.of(other.product().id()),
                        List.of(new EvidenceFile("photo.png", exe)))));
        assertThat(refused.fieldErrors())
                .containsEntry("products", "error.violation.productNotOfMerchant")
                .containsEntry("days", "error.violation.days")
                .containsEntry("evidence", "error.document.unsupportedType");
        var tooLarge = org.assertj.core.api.Assertions.catchThrowableOfType(
                RuleViolated.class,
                () -> violations.record(new NewViolation(
                        shop.merchant().id(),
                        "COUNTERFEIT",
                        "假冒",
                        Penalty.WARNING,
                        30,
                        Set.of(),
                        List.of(new EvidenceFile("big.png", oversized)))));
        assertThat(tooLarge.fieldErrors()).containsEntry("evidence", "error.document.tooLarge");
        assertThat(violations.count(ViolationFilter.ALL)).isEqualTo(before);
        assertThat(statusOf(shop.merchant().id())).isEqualTo(MerchantStatus.ACTIVE);
        assertThat(catalog.product(other.product().id())).isPresent();
    }

    @Test
    void the_merchant_appeals_once_with_a_file_and_a_second_officer_granting_it_lifts_the_penalty() throws Exception {
        var shop = shopWithAProduct();
        UUID id = record(shop.merchant().id(), Penalty.SUSPENSION, Set.of());
        actAs(shop.merchant().email());
        merchantViolations.appeal(id, "已整改，附整改说明", List.of(new EvidenceFile("整改.png", png())));
        assertThatThrownBy(() -> merchantViolations.appeal(id, "再申诉一次", List.of()))
                .isInstanceOf(RuleViolated.class)
                .hasMessageContaining("error.appeal.alreadySent");

        actAs(OFFICER);
        assertThatThrownBy(() -> violations.decideAppeal(id, true, "我自己来裁决"))
                .as("four-eyes: not the officer who decided")
                .isInstanceOf(NotAllowed.class);
        actAs(SECOND_OFFICER);
        violations.decideAppeal(id, true, "整改到位，撤销处罚");

        assertThat(statusOf(shop.merchant().id())).isEqualTo(MerchantStatus.ACTIVE);
        eventually(() -> catalog.product(shop.product().id()).isPresent());
        assertThat(catalog.product(shop.product().id())).isPresent();
        ViolationDetails details = violations.details(id);
        assertThat(details.violation().state()).isEqualTo(ViolationState.LIFTED);
        assertThat(details.violation().appealState()).isEqualTo(AppealState.GRANTED);
        assertThat(details.evidence()).extracting(Evidence::side).containsExactly("MERCHANT");
        assertThat(details.history())
                .extracting(h -> h.action())
                .containsExactly("violation.recorded", "violation.appealed", "violation.appeal_granted");
        assertThat(violations.evidenceContent(id, details.evidence().getFirst().id()))
                .isEqualTo(png());
    }

    @Test
    void an_upheld_appeal_leaves_the_penalty_in_force() {
        var shop = shopWithAProduct();
        UUID id = record(shop.merchant().id(), Penalty.WARNING, Set.of());
        actAs(shop.merchant().email());
        merchantViolations.appeal(id, "不同意", List.of());
        actAs(SECOND_OFFICER);

        violations.decideAppeal(id, false, "证据确凿");

        assertThat(statusOf(shop.merchant().id())).isEqualTo(MerchantStatus.WARNED);
        assertThat(violations.details(id).violation().appealState()).isEqualTo(AppealState.UPHELD);
    }

    @Test
    void an_appeal_after_the_deadline_is_refused() {
        var shop = shopWithAProduct();
        UUID id = record(shop.merchant().id(), Penalty.WARNING, Set.of());
        moveDeadlines(id, Instant.now().minusSeconds(1), Instant.now().plus(30, ChronoUnit.DAYS));
        actAs(shop.merchant().email());

        assertThatThrownBy(() -> merchantViolations.appeal(id, "晚了", List.of()))
                .isInstanceOf(RuleViolated.class)
                .hasMessageContaining("error.appeal.deadlinePassed");
    }

    @Test
    void another_merchant_guessing_a_violation_id_is_told_it_does_not_exist() {
        var shop = shopWithAProduct();
        var other = shopWithAProduct();
        UUID id = record(shop.merchant().id(), Penalty.WARNING, Set.of());
        actAs(other.merchant().email());

        assertThatThrownBy(() -> merchantViolations.mine(id)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> merchantViolations.appeal(id, "不是我的", List.of()))
                .isInstanceOf(NotFound.class);
        assertThat(merchantViolations.mine(0, 50)).extracting(Violation::id).doesNotContain(id);
    }

    @Test
    void shoppers_and_merchants_cannot_use_the_officers_door() {
        var shop = shopWithAProduct();
        actAs("shopper@ks.demo");
        assertThatThrownBy(() -> violations.count(ViolationFilter.ALL))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        actAs(shop.merchant().email());
        assertThatThrownBy(() -> violations.record(new NewViolation(
                        shop.merchant().id(), "OTHER", "自己罚自己", Penalty.WARNING, 30, Set.of(), List.of())))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> violations.decideAppeal(UUID.randomUUID(), true, "x"))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
