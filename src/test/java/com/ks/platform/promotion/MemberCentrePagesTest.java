package com.ks.platform.promotion;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.ks.platform.catalog.ProductDetails;
import com.ks.platform.ordering.OrderCompleted;
import com.ks.platform.ordering.PaymentMethod;
import com.ks.platform.promotion.membership.MemberTier;
import com.ks.platform.promotion.membership.MembershipService;
import com.ks.platform.promotion.points.PointsService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/** What a shopper sees in the member centre, on the points page and at checkout with points. */
class MemberCentrePagesTest extends CouponTestSupport {

    @Autowired
    com.ks.platform.identity.AccountQueries accountQueries;

    @Autowired
    PointsService points;

    @Autowired
    MembershipService membership;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    private static String pageText() {
        return UI.getCurrent()
                .getInternals()
                .getActiveRouterTargetsChain()
                .getFirst()
                .getElement()
                .getTextRecursively();
    }

    private static List<String> notices() {
        return NotificationsKt.getNotifications().stream()
                .map(n -> n.getElement().getProperty("text", ""))
                .toList();
    }

    @Test
    void a_silver_member_sees_the_level_the_progress_to_gold_and_the_privileges_in_force() {
        Buyer buyer = newBuyer();
        UUID account = accountQueries.findByEmail(buyer.email()).orElseThrow();
        transactions.executeWithoutResult(
                tx -> events.publishEvent(new OrderCompleted(UUID.randomUUID(), account, 150_000, Instant.now())));
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> as(buyer.email(), () -> membership.mine()).tier() == MemberTier.SILVER);
        signInAs(buyer.email());

        navigate("account/membership");

        assertThat(pageText())
                .contains("会员中心", "白银会员", "近 12 个月消费 ¥1,500.00", "再消费 ¥3,500.00 即可升级为黄金会员")
                .contains("会员折扣：下单立减 2%", "会员包邮：店铺商品满 ¥99.00 包邮", "钻石会员");
        _get(DatePicker.class, spec -> spec.withLabel("生日")).setValue(LocalDate.of(1995, 8, 1));
        _click(_get(Button.class, spec -> spec.withText("保存生日")));
        assertThat(notices()).contains("生日已保存");
        assertThat(pageText()).contains("你的生日：08-01").doesNotContain("保存生日");
    }

    @Test
    void a_shopper_checks_in_once_a_day_on_the_points_page_and_sees_it_in_the_history() {
        Buyer buyer = newBuyer();
        signInAs(buyer.email());
        navigate("account/points");
        assertThat(pageText()).contains("我的积分", "还没有积分记录");

        _click(_get(Button.class, spec -> spec.withText("签到领 5 积分")));

        assertThat(notices()).contains("签到成功，获得 5 积分");
        assertThat(pageText()).contains("每日签到", "+5");
        assertThat(_get(Button.class, spec -> spec.withText("今日已签到")).isEnabled())
                .isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void checkout_offers_points_unticked_and_ticking_them_lowers_the_total_before_submitting() {
        Shop shop = newShop();
        ProductDetails book = product(shop, 10_000, true);
        Buyer buyer = newBuyer();
        as(ADMIN, () -> points.grantCampaign("结算测试", 2_000, List.of(buyer.email())));
        signInAs(buyer.email());

        navigate("checkout?sku=" + book.skus().getFirst().id() + "&qty=1");

        Checkbox use = _get(Checkbox.class, spec -> spec.withLabel("使用 2,000 积分，抵扣 ¥20.00"));
        assertThat(use.getValue()).isFalse();
        assertThat(pageText()).contains("¥100.00").doesNotContain("其中积分抵扣");
        _setValue(use, true);
        assertThat(pageText()).contains("其中积分抵扣（2,000 积分）", "-¥20.00", "¥80.00");
        assertThat(_find(Checkbox.class, spec -> spec.withLabel("使用 2,000 积分，抵扣 ¥20.00")))
                .singleElement()
                .satisfies(box -> assertThat(box.getValue()).isTrue());
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withLabel("支付方式")), PaymentMethod.ALIPAY);
        _click(_get(Button.class, spec -> spec.withText("提交订单")));

        assertThat(as(buyer.email(), () -> orders.myOrders(com.ks.platform.ordering.OrderTab.ALL, 0, 5)))
                .singleElement()
                .satisfies(o -> assertThat(o.totalFen()).isEqualTo(8_000));
        assertThat(as(buyer.email(), () -> points.mine().balance())).isZero();
    }
}
