package com.ks.platform.aftersales;

import com.ks.jooq.tables.records.AftersalesCaseRecord;
import com.ks.platform.aftersales.CaseDetails.Actor;
import com.ks.platform.aftersales.CaseLifecycle.By;
import com.ks.platform.catalog.ProductService;
import com.ks.platform.catalog.StockAdjustmentReason;
import com.ks.platform.identity.Roles;
import com.ks.platform.ordering.Carrier;
import com.ks.platform.ordering.OrderDetails;
import com.ks.platform.ordering.OrderQueries;
import com.ks.platform.shared.CurrentActor;
import com.ks.platform.shared.FileType;
import com.ks.platform.shared.RuleViolated;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The after-sales commands. The shopper opens a case on a line of their own order, withdraws it or sends the goods
 * back; the merchant (owner or staff with AFTER_SALES) approves, refuses, confirms receipt and records the inspection.
 * Every case is locked while it moves, so two people acting at once get one answer each; another shopper's or
 * merchant's case answers NotFound.
 */
@Service
public class AfterSalesService {

    static final int MAX_TEXT = CaseText.MAX_TEXT;
    public static final int MAX_EVIDENCE = 9;
    public static final int MAX_EVIDENCE_BYTES = 5 * 1024 * 1024;
    static final int MAX_ADDRESS = 300;

    private final CaseRepository cases;
    private final CaseRules rules;
    private final CaseLifecycle lifecycle;
    private final CaseAccess access;
    private final OrderQueries orders;
    private final ProductService products;
    private final EvidenceFiles files;
    private final Complaints complaints;
    private final Clock clock;

    AfterSalesService(
            CaseRepository cases,
            CaseRules rules,
            CaseLifecycle lifecycle,
            CaseAccess access,
            OrderQueries orders,
            ProductService products,
            EvidenceFiles files,
            Complaints complaints,
            Clock clock) {
        this.complaints = complaints;
        this.cases = cases;
        this.rules = rules;
        this.lifecycle = lifecycle;
        this.access = access;
        this.orders = orders;
        this.products = products;
        this.files = files;
        this.clock = clock;
    }

    /** Opens a case; refused when the line is not eligible for the reason, over-claimed, or already in a case. */
    @PreAuthorize(Roles.IS_SHOPPER)
    @Transactional
    public UUID apply(ApplyCase command) {
        UUID accountId = CurrentActor.requireAccountId();
        if (command.orderId() == null || command.lineId() == null && !complaint(command)) {
            throw new RuleViolated("error.aftersales.lineNotFound");
        }
        if (command.reason() == null) {
            throw new RuleViolated(Map.of("reason", "error.aftersales.reasonRequired"));
        }
        String description = CaseText.clean(command.description(), MAX_TEXT, "description");
        List<FileType> types = EvidenceFiles.check(command.evidence());
        if (complaint(command)) {
            // 投诉: about the order, bound to no period or quantity (a line only names what it is about)
            UUID complaint = complaints.open(command, description);
            files.store(complaint, Actor.SHOPPER, command.evidence(), types, clock.instant());
            return complaint;
        }
        OrderDetails order = orders.myOrder(command.orderId());
        OrderDetails.Line line = CaseRules.line(order, command.lineId());
        Instant now = clock.instant();
        ApplyOptions options = rules.options(order, line, now);
        if (options.openCase()) {
            throw new RuleViolated("error.aftersales.openCaseExists");
        }
        if (command.quantity() < 1 || command.quantity() > options.claimable()) {
            throw new RuleViolated("error.aftersales.quantity", options.claimable());
        }
        Eligibility.Verdict verdict = options.verdicts().get(command.reason());
        if (!verdict.allowed()) {
            throw new RuleViolated(verdict.refusalKey());
        }
        AftersalesCaseRecord record = CaseSnapshot.newCase(
                cases, clock, accountId, order, line, command.reason(), description, command.quantity());
        UUID id = record.getId();
        record.setOpenLineId(line.id());
        record.setRefundFen(
                command.reason().type().refunds() ? rules.refundFor(line, command.quantity(), options.claimable()) : 0);
        try {
            lifecycle.start(record, new By(Actor.SHOPPER, accountId, null), now);
        } catch (DuplicateKeyException concurrent) {
            throw new RuleViolated("error.aftersales.openCaseExists");
        }
        files.store(id, Actor.SHOPPER, command.evidence(), types, now);
        return id;
    }

    private static boolean complaint(ApplyCase command) {
        return command.reason() != null && command.reason().type() == CaseType.COMPLAINT;
    }

    /**
     * Adds photos or PDFs to the shopper's own case while it is still open (the API's upload); the same checks as when
     * opening, and at most 9 files per case in all.
     */
    @PreAuthorize(Roles.IS_SHOPPER)
    @Transactional
    public void addEvidence(UUID caseId, List<byte[]> evidence) {
        AftersalesCaseRecord record = access.shoppers(caseId);
        if (evidence.isEmpty()) {
            throw new RuleViolated(Map.of("evidence", "error.aftersales.noFile"));
        }
        List<FileType> types = EvidenceFiles.check(evidence);
        if (!CaseState.valueOf(record.getState()).open()) {
            throw new RuleViolated("error.aftersales.closedCase");
        }
        if (cases.evidenceOf(caseId, Actor.SHOPPER).size() + evidence.size() > MAX_EVIDENCE) {
            throw new RuleViolated(Map.of("evidence", "error.aftersales.tooManyFiles"));
        }
        files.store(caseId, Actor.SHOPPER, evidence, types, clock.instant());
    }

    /** 撤销申请: the shopper takes the request back before the goods are on their way. */
    @PreAuthorize(Roles.IS_SHOPPER)
    @Transactional
    public void withdraw(UUID caseId) {
        lifecycle.move(access.shoppers(caseId), CaseState.WITHDRAWN, CaseAccess.shopper(), null, clock.instant());
    }

    /**
     * 申请平台介入: the shopper of a refused case (or one whose partial-refund proposal they declined) asks the platform
     * to decide, with a reason, within the escalation window. A refused case holds its line again, so it is refused
     * when the shopper has since opened another case on it or the line is claimed otherwise. The merchant is told (by
     * {@link CaseLifecycle}, as on every escalation).
     */
    @PreAuthorize(Roles.IS_SHOPPER)
    @Transactional
    public void askPlatform(UUID caseId, String reason) {
        String why = CaseText.required(reason, "reason", "error.aftersales.platformReasonRequired");
        AftersalesCaseRecord record = access.shoppers(caseId);
        Instant now = clock.instant();
        CaseState state = CaseState.valueOf(record.getState());
        if (state.escalable() && record.getDeadlineAt() != null && now.isAfter(record.getDeadlineAt())) {
            throw new RuleViolated("error.aftersales.escalationWindowPassed");
        }
        if (state == CaseState.REFUSED
                && cases.claimedQuantity(record.getOrderLineId()) + record.getQuantity() > record.getLineQuantity()) {
            throw new RuleViolated("error.aftersales.openCaseExists");
        }
        try {
            lifecycle.move(record, CaseState.ESCALATED, CaseAccess.shopper(), why, now);
        } catch (DuplicateKeyException concurrent) {
            throw new RuleViolated("error.aftersales.openCaseExists");
        }
    }

    /** 填写退货单号: the tracking number is checked against the carrier's format, as for outbound parcels. */
    @PreAuthorize(Roles.IS_SHOPPER)
    @Transactional
    public void shipBack(UUID caseId, Carrier carrier, String trackingNo) {
        String normalised = tracking(carrier, trackingNo);
        AftersalesCaseRecord record = access.shoppers(caseId);
        Instant now = clock.instant();
        record.setReturnMethod("SELF");
        record.setReturnCarrier(carrier.name());
        record.setReturnTrackingNo(normalised);
        record.setReturnShippedAt(now);
        lifecycle.move(record, CaseState.RETURN_SHIPPED, CaseAccess.shopper(), normalised, now);
    }

    /**
     * Approves: a refund-only case goes straight to its refund; a return waits for the goods, sent to
     * {@code returnAddress}.
     */
    @PreAuthorize(Roles.IS_MERCHANT)
    @Transactional
    public void approve(UUID caseId, String returnAddress) {
        AftersalesCaseRecord record = access.merchants(caseId);
        Instant now = clock.instant();
        if (!CaseType.valueOf(record.getCaseType()).returnsGoods()) {
            lifecycle.move(record, CaseState.REFUND_PENDING, CaseAccess.merchant(), null, now);
            return;
        }
        String address = CaseText.clean(returnAddress, MAX_ADDRESS, "returnAddress");
        if (address == null) {
            throw new RuleViolated(Map.of("returnAddress", "error.aftersales.returnAddressRequired"));
        }
        record.setReturnAddress(address);
        lifecycle.move(record, CaseState.APPROVED, CaseAccess.merchant(), address, now);
    }

    @PreAuthorize(Roles.IS_MERCHANT)
    @Transactional
    public void refuse(UUID caseId, String reason) {
        String why = CaseText.required(reason, "reason", "error.aftersales.refuseReasonRequired");
        lifecycle.move(access.merchants(caseId), CaseState.REFUSED, CaseAccess.merchant(), why, clock.instant());
    }

    @PreAuthorize(Roles.IS_MERCHANT)
    @Transactional
    public void confirmReceipt(UUID caseId) {
        lifecycle.move(access.merchants(caseId), CaseState.RECEIVED, CaseAccess.merchant(), null, clock.instant());
    }

    /**
     * Records the inspection: passed goods go back into stock (reason RETURN, kept in the stock history) and the
     * refund follows; failed goods (notes required, up to 9 photos checked like the shopper's evidence) go to the
     * platform, and the photos are shown to the shopper and the agent.
     */
    @PreAuthorize(Roles.IS_MERCHANT)
    @Transactional
    public void inspect(UUID caseId, boolean passed, String notes, List<byte[]> photos) {
        String note = CaseText.clean(notes, MAX_TEXT, "notes");
        List<FileType> types = EvidenceFiles.check(photos);
        AftersalesCaseRecord record = access.merchants(caseId);
        Instant now = clock.instant();
        if (passed && !CaseType.valueOf(record.getCaseType()).refunds()) {
            // an exchange or a repair passes by being sent back (reship)
            throw new RuleViolated("error.aftersales.illegalMove", record.getState(), CaseState.REFUND_PENDING.name());
        }
        if (!passed) {
            if (note == null) {
                throw new RuleViolated(Map.of("notes", "error.aftersales.inspectionNotesRequired"));
            }
            lifecycle.move(record, CaseState.ESCALATED, CaseAccess.merchant(), note, now);
            files.store(caseId, Actor.MERCHANT, photos, types, now);
            return;
        }
        lifecycle.move(record, CaseState.REFUND_PENDING, CaseAccess.merchant(), note, now);
        products.adjustStock(record.getSkuId(), record.getQuantity(), StockAdjustmentReason.RETURN, record.getCaseNo());
    }

    /** Records the inspection without photos. */
    @PreAuthorize(Roles.IS_MERCHANT)
    @Transactional
    public void inspect(UUID caseId, boolean passed, String notes) {
        inspect(caseId, passed, notes, List.of());
    }

    /**
     * Exchange or repair: the merchant, having inspected the returned item, sends the replacement or the repaired item
     * (tracking number checked as for outbound parcels). An exchange of the same item leaves the stock as it was: one
     * unit came back, one went out.
     */
    @PreAuthorize(Roles.IS_MERCHANT)
    @Transactional
    public void reship(UUID caseId, Carrier carrier, String trackingNo) {
        String normalised = tracking(carrier, trackingNo);
        AftersalesCaseRecord record = access.merchants(caseId);
        if (CaseType.valueOf(record.getCaseType()).refunds()) {
            throw new RuleViolated("error.aftersales.illegalMove", record.getState(), CaseState.RESHIPPED.name());
        }
        record.setReshipCarrier(carrier.name());
        record.setReshipTrackingNo(normalised);
        lifecycle.move(record, CaseState.RESHIPPED, CaseAccess.merchant(), normalised, clock.instant());
    }

    /** The shopper has the exchanged or repaired item: the case completes. */
    @PreAuthorize(Roles.IS_SHOPPER)
    @Transactional
    public void confirmReturnedItem(UUID caseId) {
        lifecycle.move(access.shoppers(caseId), CaseState.COMPLETED, CaseAccess.shopper(), null, clock.instant());
    }

    private static String tracking(Carrier carrier, String trackingNo) {
        if (carrier == null) {
            throw new RuleViolated(Map.of("carrier", "error.shipment.carrier"));
        }
        String normalised = carrier.normalise(trackingNo);
        if (normalised == null) {
            throw new RuleViolated(Map.of("trackingNo", carrier.formatMessageKey()));
        }
        return normalised;
    }
}
