package com.ks.platform.promotion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ks.platform.catalog.ProductDetails;
import com.ks.platform.notification.NotificationService;
import com.ks.platform.ordering.BenefitChoice;
import com.ks.platform.ordering.BenefitPlan;
import com.ks.platform.ordering.CheckoutQuote;
import com.ks.platform.ordering.OrderCompleted;
import com.ks.platform.ordering.PlacedCheckout;
import com.ks.platform.promotion.membership.MemberTier;
import com.ks.platform.promotion.membership.MembershipService;
import com.ks.platform.shared.DomainException;
import com.ks.platform.shared.RuleViolated;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/** 会员等级: levels from the rolling 12 months, privileges at checkout and in customer service, the birthday rule. */
class MembershipTest extends CouponTestSupport {

    @Autowired
    com.ks.platform.identity.AccountQueries accountQueries;

    @Autowired
    MembershipService membership;

    @Autowired
    MemberPriority priority;

    @Autowired
    NotificationService notifications;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    /** A completion as ordering publishes it, for an order of the buyer's paid {@code fen} at {@code when}. */
    private void completed(Buyer buyer, long fen, Instant when) {
        UUID account = accountQueries.findByEmail(buyer.email()).orElseThrow();
        transactions.executeWithoutResult(
                tx -> events.publishEvent(new OrderCompleted(UUID.randomUUID(), account, fen, when)));
    }

    private MemberTier tier(Buyer buyer) {
        return as(buyer.email(), () -> membership.mine().tier());
    }

    private UUID accountOf(Buyer buyer) {
        return accountQueries.findByEmail(buyer.email()).orElseThrow();
    }

    @Test
    void the_level_follows_the_rolling_twelve_months_spending_and_the_member_is_told_of_an_upgrade() {
        Buyer buyer = newBuyer();
        completed(buyer, 900_000, Instant.now().minus(Duration.ofDays(400))); // too old to count
        completed(buyer, 80_000, Instant.now().minus(Duration.ofDays(30)));
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> as(buyer.email(), () -> membership.mine()).spentFen() == 80_000);
        var regular = as(buyer.email(), () -> membership.mine());
        assertThat(regular.tier()).isEqualTo(MemberTier.REGULAR);
        assertThat(regular.next()).isEqualTo(MemberTier.SILVER);
        assertThat(regular.toNextFen()).isEqualTo(20_000);

        completed(buyer, 450_000, Instant.now());
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> tier(buyer) == MemberTier.GOLD);
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> transactions.execute(tx -> notifications.countSince(
                                accountOf(buyer),
                                "notice.membership.up",
                                Instant.now().minus(Duration.ofHours(1))))
                        == 1);
        assertThat(priority.priorityLevel(accountOf(buyer))).contains("membership.tier.GOLD");
        assertThat(priority.priorityLevel(accountOf(newBuyer()))).isEmpty();
    }

    @Test
    void a_gold_member_pays_the_member_price_and_no_shipping_above_the_lower_threshold() {
        Shop shop = newShop();
        ProductDetails book = product(shop, 6_000, false);
        Buyer gold = newBuyer();
        Buyer regular = newBuyer();
        completed(gold, 600_000, Instant.now());
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> tier(gold) == MemberTier.GOLD);

        CheckoutQuote plain = quote(regular, BenefitChoice.suggested(), line(book, 1));
        CheckoutQuote member = quote(gold, BenefitChoice.suggested(), line(book, 1));

        assertThat(plain.shippingFen()).isPositive();
        assertThat(plain.discountFen()).isZero();
        // 5 % of ¥60 off, and the shop's ¥10 shipping free as the goods still reach ¥49
        assertThat(member.shippingFen()).isEqualTo(1_000);
        assertThat(member.benefits().discountFen(BenefitPlan.Kind.MEMBER)).isEqualTo(300 + 1_000);
        assertThat(member.totalFen()).isEqualTo(5_700);

        Set<UUID> shown = member.benefits().applied().stream()
                .map(BenefitPlan.Applied::benefitId)
                .collect(java.util.stream.Collectors.toSet());
        PlacedCheckout placed = place(gold, shown, line(book, 1));
        assertThat(placed.totalFen()).isEqualTo(5_700);
        assertThat(order(gold, placed.orderIds().getFirst()).discountFen()).isEqualTo(1_300);
    }

    @Test
    void a_birthday_is_given_once_and_cannot_be_moved_to_collect_a_second_gift() {
        Buyer buyer = newBuyer();
        assertThatThrownBy(() -> run(
                        buyer.email(),
                        () -> membership.setBirthday(LocalDate.now().plusDays(3))))
                .isInstanceOf(RuleViolated.class);
        run(buyer.email(), () -> membership.setBirthday(LocalDate.of(1990, 5, 20)));
        assertThat(as(buyer.email(), () -> membership.mine().birthday())).isEqualTo(LocalDate.of(1990, 5, 20));

        assertThatThrownBy(() -> run(buyer.email(), () -> membership.setBirthday(LocalDate.of(1990, 12, 4))))
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("error.membership.birthdayFixed");
        assertThat(as(buyer.email(), () -> membership.mine().birthday())).isEqualTo(LocalDate.of(1990, 5, 20));
    }
}
