package com.ks.platform.aftersales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ks.platform.catalog.ReturnExclusion;
import com.ks.platform.catalog.StockAdjustment;
import com.ks.platform.ordering.Carrier;
import com.ks.platform.shared.NotFound;
import com.ks.platform.shared.RuleViolated;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The after-sales rules through the service: eligibility, quantities, access, moves, refunds and returned stock. */
class AfterSalesServiceTest extends AfterSalesTestSupport {

    private static final String ADDRESS = "杭州市西湖区文三路 90 号 售后部";

    @Test
    void a_no_reason_return_is_approved_shipped_received_inspected_refunded_and_its_goods_go_back_into_stock()
            throws Exception {
        Purchase purchase = delivered(2);
        int stockBefore = stockOf(purchase.product());

        UUID caseId = apply(purchase, CaseReason.NO_REASON, 1);
        run(purchase.shop(), () -> service.approve(caseId, ADDRESS));
        run(purchase.shopper(), () -> service.shipBack(caseId, Carrier.SF, trackingNo()));
        run(purchase.shop(), () -> service.confirmReceipt(caseId));
        run(purchase.shop(), () -> service.inspect(caseId, true, "完好"));

        awaitState(purchase, caseId, CaseState.REFUNDED);
        CaseDetails done = caseOf(purchase, caseId);
        assertThat(done.refundFen()).as("one of two units").isEqualTo(5_000);
        assertThat(payments.refundedForOrder(purchase.orderId())).isEqualTo(5_000);
        assertThat(done.timeline())
                .extracting(CaseDetails.Step::state, CaseDetails.Step::actor)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(CaseState.REQUESTED, CaseDetails.Actor.SHOPPER),
                        org.assertj.core.groups.Tuple.tuple(CaseState.APPROVED, CaseDetails.Actor.MERCHANT),
                        org.assertj.core.groups.Tuple.tuple(CaseState.RETURN_SHIPPED, CaseDetails.Actor.SHOPPER),
                        org.assertj.core.groups.Tuple.tuple(CaseState.RECEIVED, CaseDetails.Actor.MERCHANT),
                        org.assertj.core.groups.Tuple.tuple(CaseState.REFUND_PENDING, CaseDetails.Actor.MERCHANT),
                        org.assertj.core.groups.Tuple.tuple(CaseState.REFUNDED, CaseDetails.Actor.SYSTEM));
        assertThat(stockOf(purchase.product())).isEqualTo(stockBefore + 1);
        assertThat(as(
                        purchase.shop(),
                        () -> products.stockHistory(purchase.product().id(), 0, 5)))
                .extracting(StockAdjustment::reason, StockAdjustment::delta)
                .contains(org.assertj.core.groups.Tuple.tuple(com.ks.platform.catalog.StockAdjustmentReason.RETURN, 1));
    }

    @Test
    void an_exchange_runs_to_the_end_the_merchant_sending_the_item_back_and_nothing_is_refunded() throws Exception {
        Purchase purchase = delivered(1);
        int stock = stockOf(purchase.product());
        UUID caseId = apply(purchase, CaseReason.EXCHANGE_FAULTY, 1);
        run(purchase.shop(), () -> service.approve(caseId, ADDRESS));
        run(purchase.shopper(), () -> service.shipBack(caseId, Carrier.SF, trackingNo()));
        run(purchase.shop(), () -> service.confirmReceipt(caseId));
        assertThatThrownBy(() -> run(purchase.shop(), () -> service.inspect(caseId, true, null)))
                .as("an exchange passes by being sent back, not refunded")
                .isInstanceOf(RuleViolated.class);
        assertThatThrownBy(() -> run(purchase.shop(), () -> service.reship(caseId, Carrier.SF, "nope")))
                .isInstanceOf(RuleViolated.class);

        run(purchase.shop(), () -> service.reship(caseId, Carrier.ZTO, "73" + "123456789012"));
        assertThat(caseOf(purchase, caseId).nextActor()).isEqualTo(CaseDetails.Actor.SHOPPER);
        run(purchase.shopper(), () -> service.confirmReturnedItem(caseId));

        CaseDetails done = caseOf(purchase, caseId);
        assertThat(done.state()).isEqualTo(CaseState.COMPLETED);
        assertThat(done.reshipTrackingNo()).isEqualTo("73123456789012");
        assertThat(done.refundFen()).isZero();
        Thread.sleep(300);
        assertThat(payments.refundedForOrder(purchase.orderId())).isZero();
        assertThat(stockOf(purchase.product()))
                .as("one came back, one went out")
                .isEqualTo(stock);
    }

    @Test
    void a_repair_sent_back_completes_by_itself_when_the_shopper_does_not_confirm() {
        Purchase purchase = delivered(1);
        UUID caseId = apply(purchase, CaseReason.REPAIR_FAULTY, 1);
        run(purchase.shop(), () -> service.approve(caseId, ADDRESS));
        run(purchase.shopper(), () -> service.shipBack(caseId, Carrier.SF, trackingNo()));
        assertThat(caseOf(purchase, caseId).deadlineAt())
                .as("no automatic refund for a repair")
                .isNull();
        run(purchase.shop(), () -> service.confirmReceipt(caseId));
        run(purchase.shop(), () -> service.reship(caseId, Carrier.SF, trackingNo()));

        deadlines.runDue(java.time.Instant.now().plus(java.time.Duration.ofDays(11)));

        CaseDetails done = caseOf(purchase, caseId);
        assertThat(done.state()).isEqualTo(CaseState.COMPLETED);
        assertThat(done.timeline().getLast().ruleKey()).isEqualTo("SHOPPER_DID_NOT_CONFIRM");
    }

    @Test
    void a_failed_inspection_sends_the_case_to_the_platform_and_keeps_the_goods_out_of_stock() {
        Purchase purchase = delivered(1);
        UUID caseId = apply(purchase, CaseReason.QUALITY_PROBLEM, 1);
        run(purchase.shop(), () -> service.approve(caseId, ADDRESS));
        run(purchase.shopper(), () -> service.shipBack(caseId, Carrier.SF, trackingNo()));
        run(purchase.shop(), () -> service.confirmReceipt(caseId));
        int stock = stockOf(purchase.product());

        assertThatThrownBy(() -> run(purchase.shop(), () -> service.inspect(caseId, false, " ")))
                .isInstanceOf(RuleViolated.class);
        run(purchase.shop(), () -> service.inspect(caseId, false, "屏幕有人为划痕"));

        CaseDetails escalated = caseOf(purchase, caseId);
        assertThat(escalated.state()).isEqualTo(CaseState.ESCALATED);
        assertThat(escalated.nextActor()).isEqualTo(CaseDetails.Actor.PLATFORM);
        assertThat(stockOf(purchase.product())).isEqualTo(stock);
    }

    @Test
    void a_refund_before_shipment_is_paid_back_once_the_merchant_approves() throws Exception {
        Purchase purchase = paid(1, null);
        UUID caseId = apply(purchase, CaseReason.NOT_WANTED_BEFORE_SHIPMENT, 1);

        run(purchase.shop(), () -> service.approve(caseId, null));

        awaitState(purchase, caseId, CaseState.REFUNDED);
        assertThat(payments.refundedForOrder(purchase.orderId())).isEqualTo(5_000);
    }

    @Test
    void consumer_protection_law_art_25_exclusions_refuse_a_no_reason_return_but_not_a_quality_claim() {
        Purchase purchase = delivered(1, ReturnExclusion.PERISHABLE);

        assertThatThrownBy(() -> apply(purchase, CaseReason.NO_REASON, 1))
                .isInstanceOf(RuleViolated.class)
                .hasMessage("aftersales.refused.excluded");
        assertThat(stateOf(purchase, apply(purchase, CaseReason.QUALITY_PROBLEM, 1)))
                .isEqualTo(CaseState.REQUESTED);
    }

    @Test
    void a_return_is_refused_before_delivery_and_a_refund_before_shipment_after_it() {
        Purchase shipped = shipped(1, null);
        assertThatThrownBy(() -> apply(shipped, CaseReason.NO_REASON, 1))
                .isInstanceOf(RuleViolated.class)
                .hasMessage("aftersales.refused.notDelivered");
        assertThatThrownBy(() -> apply(shipped, CaseReason.NOT_WANTED_BEFORE_SHIPMENT, 1))
                .isInstanceOf(RuleViolated.class)
                .hasMessage("aftersales.refused.alreadyShipped");
        assertThat(stateOf(shipped, apply(shipped, CaseReason.NOT_RECEIVED, 1))).isEqualTo(CaseState.REQUESTED);
    }

    @Test
    void a_line_holds_one_open_case_and_never_more_units_than_were_bought_minus_those_already_claimed() {
        Purchase purchase = delivered(3);

        assertThatThrownBy(() -> apply(purchase, CaseReason.NO_REASON, 4))
                .isInstanceOf(RuleViolated.class)
                .hasMessage("error.aftersales.quantity");
        assertThatThrownBy(() -> apply(purchase, CaseReason.NO_REASON, 0)).isInstanceOf(RuleViolated.class);
        UUID first = apply(purchase, CaseReason.NO_REASON, 2);
        assertThatThrownBy(() -> apply(purchase, CaseReason.QUALITY_PROBLEM, 1))
                .isInstanceOf(RuleViolated.class)
                .hasMessage("error.aftersales.openCaseExists");

        run(purchase.shopper(), () -> service.withdraw(first));
        UUID second = apply(purchase, CaseReason.NO_REASON, 3);
        assertThat(caseOf(purchase, second).refundFen())
                .as("a withdrawn case claims nothing")
                .isEqualTo(15_000);
    }

    @Test
    void refunds_of_a_line_never_add_up_to_more_than_was_paid_for_it() throws Exception {
        Purchase purchase = paid(3, null);
        UUID first = apply(purchase, CaseReason.NOT_WANTED_BEFORE_SHIPMENT, 1);
        run(purchase.shop(), () -> service.approve(first, null));
        awaitState(purchase, first, CaseState.REFUNDED);

        assertThatThrownBy(() -> apply(purchase, CaseReason.NOT_WANTED_BEFORE_SHIPMENT, 3))
                .isInstanceOf(RuleViolated.class)
                .hasMessage("error.aftersales.quantity");
        UUID rest = apply(purchase, CaseReason.NOT_WANTED_BEFORE_SHIPMENT, 2);
        run(purchase.shop(), () -> service.approve(rest, null));
        awaitState(purchase, rest, CaseState.REFUNDED);

        assertThat(payments.refundedForOrder(purchase.orderId())).isEqualTo(15_000);
        assertThatThrownBy(() -> apply(purchase, CaseReason.NOT_WANTED_BEFORE_SHIPMENT, 1))
                .isInstanceOf(RuleViolated.class);
    }

    @Test
    void another_shoppers_order_line_and_case_are_not_found() {
        Purchase purchase = delivered(1);
        UUID caseId = apply(purchase, CaseReason.NO_REASON, 1);
        String stranger = newShopper();

        assertThatThrownBy(() -> as(
                        stranger,
                        () -> service.apply(new ApplyCase(
                                purchase.orderId(), purchase.line().id(), CaseReason.NO_REASON, null, 1))))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> run(stranger, () -> service.withdraw(caseId))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> as(stranger, () -> queries.myCase(caseId))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> apply(purchase, CaseReason.NO_REASON, 1)).isInstanceOf(RuleViolated.class);
        assertThatThrownBy(() -> as(
                        purchase.shopper(),
                        () -> service.apply(
                                new ApplyCase(purchase.orderId(), UUID.randomUUID(), CaseReason.NO_REASON, null, 1))))
                .isInstanceOf(NotFound.class);
        assertThat(stateOf(purchase, caseId)).isEqualTo(CaseState.REQUESTED);
    }

    @Test
    void a_merchant_acting_on_another_merchants_case_finds_nothing() {
        Purchase purchase = delivered(1);
        UUID caseId = apply(purchase, CaseReason.NO_REASON, 1);
        String otherShop = newShop();

        assertThatThrownBy(() -> run(otherShop, () -> service.approve(caseId, ADDRESS)))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> as(otherShop, () -> queries.merchantCase(caseId)))
                .isInstanceOf(NotFound.class);
        assertThat(stateOf(purchase, caseId)).isEqualTo(CaseState.REQUESTED);
    }

    @Test
    void photos_and_pdfs_are_attached_by_their_bytes_and_only_the_case_parties_can_open_them() {
        Purchase purchase = delivered(1);
        byte[] png = com.ks.platform.TestMerchants.png();
        byte[] pdf = "%PDF-1.4 凭证".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        UUID caseId = as(
                purchase.shopper(),
                () -> service.apply(new ApplyCase(
                        purchase.orderId(),
                        purchase.line().id(),
                        CaseReason.QUALITY_PROBLEM,
                        "屏幕裂了",
                        1,
                        java.util.List.of(png, pdf))));

        var evidence = caseOf(purchase, caseId).evidence();
        assertThat(evidence)
                .extracting(CaseDetails.Evidence::contentType)
                .containsExactly("image/png", "application/pdf");
        UUID photo = evidence.getFirst().id();
        assertThat(as(purchase.shopper(), () -> queries.evidence(photo)))
                .hasValueSatisfying(file -> assertThat(file.content()).isEqualTo(png));
        assertThat(as(purchase.shop(), () -> queries.evidence(photo))).isPresent();
        assertThat(as(newShopper(), () -> queries.evidence(photo))).isEmpty();
        assertThat(as(newShop(), () -> queries.evidence(photo))).isEmpty();
    }

    @Test
    void a_disguised_an_oversized_or_a_tenth_file_is_refused_and_no_case_is_opened() {
        Purchase purchase = delivered(1);
        byte[] png = com.ks.platform.TestMerchants.png();
        byte[] script = "<script>alert(1)</script>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] huge = java.util.Arrays.copyOf(png, AfterSalesService.MAX_EVIDENCE_BYTES + 1);

        assertThat(refusal(purchase, java.util.List.of(png, script)))
                .containsEntry("evidence", "error.aftersales.fileType");
        assertThat(refusal(purchase, java.util.List.of(huge)))
                .containsEntry("evidence", "error.aftersales.fileTooLarge");
        assertThat(refusal(purchase, java.util.Collections.nCopies(10, png)))
                .containsEntry("evidence", "error.aftersales.tooManyFiles");
        assertThat(as(purchase.shopper(), () -> queries.countMine())).isZero();
    }

    private java.util.Map<String, String> refusal(Purchase purchase, java.util.List<byte[]> files) {
        try {
            as(
                    purchase.shopper(),
                    () -> service.apply(new ApplyCase(
                            purchase.orderId(), purchase.line().id(), CaseReason.QUALITY_PROBLEM, null, 1, files)));
        } catch (RuleViolated refused) {
            return refused.fieldErrors();
        }
        throw new AssertionError("accepted");
    }

    @Test
    void only_staff_with_the_after_sales_permission_answer_the_shops_cases() {
        Purchase purchase = delivered(1);
        UUID caseId = apply(purchase, CaseReason.NO_REASON, 1);
        var staff = new com.ks.platform.TestStaff(context, this::actAs);
        String packer = staff.join(purchase.shop(), com.ks.platform.merchant.StaffPermission.ORDERS)
                .email();
        String agent = staff.join(purchase.shop(), com.ks.platform.merchant.StaffPermission.AFTER_SALES)
                .email();

        assertThatThrownBy(() -> run(packer, () -> service.approve(caseId, ADDRESS)))
                .isInstanceOf(com.ks.platform.shared.NotAllowed.class);
        assertThatThrownBy(() -> as(packer, () -> queries.merchantCase(caseId)))
                .isInstanceOf(com.ks.platform.shared.NotAllowed.class);
        run(agent, () -> service.approve(caseId, ADDRESS));

        assertThat(stateOf(purchase, caseId)).isEqualTo(CaseState.APPROVED);
    }

    @Test
    void illegal_moves_are_refused_and_change_nothing() {
        Purchase purchase = delivered(1);
        UUID caseId = apply(purchase, CaseReason.NO_REASON, 1);

        assertThatThrownBy(() -> run(purchase.shop(), () -> service.confirmReceipt(caseId)))
                .isInstanceOf(RuleViolated.class)
                .hasMessage("error.aftersales.illegalMove");
        assertThatThrownBy(() -> run(purchase.shopper(), () -> service.shipBack(caseId, Carrier.SF, trackingNo())))
                .isInstanceOf(RuleViolated.class)
                .hasMessage("error.aftersales.illegalMove");
        assertThatThrownBy(() -> run(purchase.shop(), () -> service.approve(caseId, " ")))
                .isInstanceOf(RuleViolated.class);
        run(purchase.shop(), () -> service.approve(caseId, ADDRESS));
        assertThatThrownBy(() -> run(purchase.shopper(), () -> service.shipBack(caseId, Carrier.SF, "12345")))
                .isInstanceOf(RuleViolated.class);
        run(purchase.shopper(), () -> service.withdraw(caseId));
        assertThatThrownBy(() -> run(purchase.shop(), () -> service.refuse(caseId, "太晚了")))
                .isInstanceOf(RuleViolated.class)
                .hasMessage("error.aftersales.illegalMove");

        CaseDetails withdrawn = caseOf(purchase, caseId);
        assertThat(withdrawn.state()).isEqualTo(CaseState.WITHDRAWN);
        assertThat(withdrawn.timeline()).hasSize(3);
        assertThat(withdrawn.returnTrackingNo()).isNull();
    }
}
