package com.ks.platform.aftersales;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ks.platform.aftersales.TestPurchases.Purchase;
import com.ks.platform.ordering.Carrier;
import com.ks.platform.ordering.TrackingStage;
import com.ks.platform.shared.BusinessTime;
import com.ks.platform.shared.RuleViolated;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 上门取件 and 自行寄回: a pickup booked with the simulated carrier (SF number, one of the shopper's addresses, the next
 * three days, a window), the return parcel tracked in the outbound stages, and the merchant's time to confirm receipt
 * counted from the parcel's delivery. The feed and the deadlines run with moved clocks.
 */
class ReturnParcelsTest extends AfterSalesTestSupport {

    static final String ADDRESS = "杭州市西湖区文三路 90 号 售后部";

    @Autowired
    ReturnPickups pickups;

    @Autowired
    ReturnParcelFeed feed;

    private UUID approved(Purchase purchase, CaseReason reason) {
        UUID caseId = apply(purchase, reason, 1);
        run(purchase.shop(), () -> service.approve(caseId, ADDRESS));
        return caseId;
    }

    private UUID myAddress(Purchase purchase) {
        return as(purchase.shopper(), () -> addressQueries.mine().getFirst().id());
    }

    @Test
    void a_booked_pickup_gets_an_sf_number_leaves_in_its_window_and_is_tracked_to_the_merchant() {
        Purchase purchase = delivered(1);
        UUID caseId = approved(purchase, CaseReason.NO_REASON);
        LocalDate tomorrow = LocalDate.now(BusinessTime.ZONE).plusDays(1);

        String trackingNo =
                as(purchase.shopper(), () -> pickups.book(caseId, myAddress(purchase), tomorrow, PickupWindow.MIDDAY));

        assertThat(Carrier.SF.normalise(trackingNo)).isEqualTo(trackingNo);
        CaseDetails booked = caseOf(purchase, caseId);
        assertThat(booked.state()).isEqualTo(CaseState.RETURN_SHIPPED);
        assertThat(booked.returnTrackingNo()).isEqualTo(trackingNo);
        assertThat(booked.pickup().day()).isEqualTo(tomorrow);
        assertThat(booked.pickup().address()).contains("张三", "文三路 90 号");
        Instant leaves = tomorrow.atTime(12, 0).atZone(BusinessTime.ZONE).toInstant();

        feed.advance(leaves.minusSeconds(1));
        assertThat(caseOf(purchase, caseId).returnTracking())
                .as("not picked up before the window")
                .isEmpty();
        feed.advance(leaves.plus(Duration.ofMinutes(5)));
        assertThat(caseOf(purchase, caseId).returnTracking())
                .extracting(CaseDetails.Tracking::stage)
                .containsExactly(TrackingStage.IN_TRANSIT, TrackingStage.PICKED_UP);
        feed.advance(leaves.plus(Duration.ofHours(1)));
        feed.advance(leaves.plus(Duration.ofHours(2)));

        CaseDetails delivered = caseOf(purchase, caseId);
        assertThat(delivered.returnTracking())
                .extracting(CaseDetails.Tracking::stage, CaseDetails.Tracking::place)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(TrackingStage.DELIVERED, "西湖区"),
                        org.assertj.core.groups.Tuple.tuple(TrackingStage.OUT_FOR_DELIVERY, "西湖区"),
                        org.assertj.core.groups.Tuple.tuple(TrackingStage.ARRIVED, "杭州市分拨中心"),
                        org.assertj.core.groups.Tuple.tuple(TrackingStage.IN_TRANSIT, "杭州市转运中心"),
                        org.assertj.core.groups.Tuple.tuple(TrackingStage.PICKED_UP, "西湖区"));
        Instant deliveredAt = delivered.returnTracking().getFirst().occurredAt();
        assertThat(delivered.deadlineAt())
                .as("7 days from the parcel's delivery, not from an estimate")
                .isEqualTo(deliveredAt.plus(Duration.ofDays(7)));
    }

    @Test
    void a_delivered_return_the_merchant_does_not_confirm_within_7_days_of_delivery_is_refunded() throws Exception {
        Purchase purchase = delivered(1);
        UUID caseId = approved(purchase, CaseReason.NO_REASON);
        run(purchase.shopper(), () -> service.shipBack(caseId, Carrier.YTO, "YT1234567890123"));
        Instant sent = Instant.now();
        feed.advance(sent.plus(Duration.ofHours(1)));
        Instant deliveredAt =
                caseOf(purchase, caseId).returnTracking().getFirst().occurredAt();

        deadlines.runDue(deliveredAt.plus(Duration.ofDays(7)).minusSeconds(60));
        assertThat(stateOf(purchase, caseId)).isEqualTo(CaseState.RETURN_SHIPPED);
        deadlines.runDue(deliveredAt.plus(Duration.ofDays(7)).plusSeconds(60));

        awaitState(purchase, caseId, CaseState.REFUNDED);
        assertThat(caseOf(purchase, caseId).timeline())
                .extracting(CaseDetails.Step::ruleKey)
                .contains("MERCHANT_DID_NOT_CONFIRM");
    }

    @Test
    void a_pickup_needs_one_of_the_shoppers_addresses_today_or_a_day_in_the_next_3_days_and_a_window() {
        Purchase purchase = delivered(1);
        UUID caseId = approved(purchase, CaseReason.QUALITY_PROBLEM);
        Purchase other = delivered(1);
        UUID othersAddress = myAddress(other);
        UUID mine = myAddress(purchase);
        LocalDate today = LocalDate.now(BusinessTime.ZONE);

        assertThatThrownBy(() -> run(
                        purchase.shopper(),
                        () -> pickups.book(caseId, othersAddress, today.plusDays(1), PickupWindow.MORNING)))
                .isInstanceOfSatisfying(
                        RuleViolated.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("address", "error.aftersales.pickupAddress"));
        for (LocalDate day : new LocalDate[] {today.minusDays(1), today.plusDays(4)}) {
            assertThatThrownBy(
                            () -> run(purchase.shopper(), () -> pickups.book(caseId, mine, day, PickupWindow.MORNING)))
                    .isInstanceOfSatisfying(
                            RuleViolated.class,
                            e -> assertThat(e.fieldErrors()).containsEntry("day", "error.aftersales.pickupDay"));
        }
        assertThatThrownBy(() -> run(purchase.shopper(), () -> pickups.book(caseId, mine, today.plusDays(3), null)))
                .isInstanceOf(RuleViolated.class);

        assertThat(stateOf(purchase, caseId)).isEqualTo(CaseState.APPROVED);
    }

    @Test
    void the_shopper_books_a_pickup_on_the_case_page_and_sees_the_parcel_waiting_for_the_carrier() {
        Purchase purchase = delivered(1);
        UUID caseId = approved(purchase, CaseReason.QUALITY_PROBLEM);
        signInAs(purchase.shopper());
        navigate("after-sales/" + caseId);
        assertThat(pageText()).contains("上门取件", "自行寄回", "寄回运费由商家承担");

        @SuppressWarnings("unchecked")
        RadioButtonGroup<Boolean> method = _get(RadioButtonGroup.class, spec -> spec.withLabel("寄回方式"));
        _setValue(method, true);
        @SuppressWarnings("unchecked")
        Select<LocalDate> day = _get(Select.class, spec -> spec.withLabel("取件日期"));
        _setValue(day, LocalDate.now(BusinessTime.ZONE).plusDays(2));
        @SuppressWarnings("unchecked")
        Select<PickupWindow> window = _get(Select.class, spec -> spec.withLabel("取件时段"));
        _setValue(window, PickupWindow.AFTERNOON);
        _click(_get(Button.class, spec -> spec.withText("预约上门取件")));

        CaseDetails booked = caseOf(purchase, caseId);
        assertThat(booked.state()).isEqualTo(CaseState.RETURN_SHIPPED);
        assertThat(pageText()).contains("退货物流", booked.returnTrackingNo(), "15:00–18:00", "等待快递揽收");
    }

    @Test
    void the_return_parcel_goes_to_the_city_and_district_at_the_start_of_the_return_address() {
        assertThat(ReturnParcelFeed.destination("朝阳区", "浙江省杭州市西湖区文三路 90 号 售后部"))
                .extracting(r -> r.city(), r -> r.district())
                .containsExactly("杭州市", "西湖区");
        assertThat(ReturnParcelFeed.destination("朝阳区", "北京市东城区东长安街 1 号"))
                .extracting(r -> r.city(), r -> r.district())
                .containsExactly("北京市", "东城区");
        assertThat(ReturnParcelFeed.destination("朝阳区", "仓库 3 号门").city()).isEqualTo("仓库 3 号门");
    }
}
