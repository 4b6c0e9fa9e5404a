package com.ks.platform.aftersales;

import com.ks.jooq.tables.records.AftersalesCaseRecord;
import com.ks.platform.aftersales.CaseDetails.Actor;
import com.ks.platform.aftersales.CaseLifecycle.By;
import com.ks.platform.catalog.ProductService;
import com.ks.platform.catalog.StockAdjustmentReason;
import com.ks.platform.identity.Roles;
import com.ks.platform.merchant.MerchantAccess;
import com.ks.platform.merchant.StaffPermission;
import com.ks.platform.ordering.Carrier;
import com.ks.platform.ordering.OrderDetails;
import com.ks.platform.ordering.OrderQueries;
import com.ks.platform.shared.CurrentActor;
import com.ks.platform.shared.FileStorage;
import com.ks.platform.shared.FileType;
import com.ks.platform.shared.Ids;
import com.ks.platform.shared.NotFound;
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

    static final int MAX_TEXT = 500;
    public static final int MAX_EVIDENCE = 9;
    public static final int MAX_EVIDENCE_BYTES = 5 * 1024 * 1024;
    static final int MAX_ADDRESS = 300;

    private final CaseRepository cases;
    private final CaseRules rules;
    private final CaseLifecycle lifecycle;
    private final OrderQueries orders;
    private final MerchantAccess merchants;
    private final ProductService products;
    private final FileStorage storage;
    private final Clock clock;

    AfterSalesService(
            CaseRepository cases,
            CaseRules rules,
            CaseLifecycle lifecycle,
            OrderQueries orders,
            MerchantAccess merchants,
            ProductService products,
            FileStorage storage,
            Clock clock) {
        this.storage = storage;
        this.cases = cases;
        this.rules = rules;
        this.lifecycle = lifecycle;
        this.orders = orders;
        this.merchants = merchants;
        this.products = products;
        this.clock = clock;
    }

    /** Opens a case; refused when the line is not eligible for the reason, over-claimed, or already in a case. */
    @PreAuthorize(Roles.IS_SHOPPER)
    @Transactional
    public UUID apply(ApplyCase command) {
        UUID accountId = CurrentActor.requireAccountId();
        if (command.orderId() == null || command.lineId() == null) {
            throw new RuleViolated("error.aftersales.lineNotFound");
        }
        if (command.reason() == null) {
            throw new RuleViolated(Map.of("reason", "error.aftersales.reasonRequired"));
        }
        String description = clean(command.description(), MAX_TEXT, "description");
        List<FileType> types = evidenceTypes(command.evidence());
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
        AftersalesCaseRecord record = cases.newCase();
        UUID id = Ids.newId(clock);
        record.setId(id);
        record.setCaseNo("AS" + id.toString().replace("-", "").substring(0, 16).toUpperCase(java.util.Locale.ROOT));
        record.setAccountId(accountId);
        record.setMerchantId(order.merchantId());
        record.setOrderId(order.id());
        record.setOrderNo(order.orderNo());
        record.setOrderLineId(line.id());
        record.setOpenLineId(line.id());
        record.setSkuId(line.skuId());
        record.setProductId(line.productId());
        record.setTitle(line.title());
        record.setSpecText(line.specText());
        record.setImageRef(line.imageRef());
        record.setLineQuantity(line.quantity());
        record.setLinePaidFen(line.payableFen());
        record.setCaseType(command.reason().type().name());
        record.setReason(command.reason().name());
        record.setDescription(description);
        record.setQuantity(command.quantity());
        record.setRefundFen(
                command.reason().type().refunds() ? rules.refundFor(line, command.quantity(), options.claimable()) : 0);
        try {
            lifecycle.start(record, new By(Actor.SHOPPER, accountId, null), now);
        } catch (DuplicateKeyException concurrent) {
            throw new RuleViolated("error.aftersales.openCaseExists");
        }
        store(id, command.evidence(), types, now);
        return id;
    }

    /**
     * Adds photos or PDFs to the shopper's own case while it is still open (the API's upload); the same checks as when
     * opening, and at most 9 files per case in all.
     */
    @PreAuthorize(Roles.IS_SHOPPER)
    @Transactional
    public void addEvidence(UUID caseId, List<byte[]> evidence) {
        UUID accountId = CurrentActor.requireAccountId();
        AftersalesCaseRecord record = mine(caseId, accountId);
        if (evidence.isEmpty()) {
            throw new RuleViolated(Map.of("evidence", "error.aftersales.noFile"));
        }
        List<FileType> types = evidenceTypes(evidence);
        if (!CaseState.valueOf(record.getState()).open()) {
            throw new RuleViolated("error.aftersales.closedCase");
        }
        if (cases.evidenceOf(caseId).size() + evidence.size() > MAX_EVIDENCE) {
            throw new RuleViolated(Map.of("evidence", "error.aftersales.tooManyFiles"));
        }
        store(caseId, evidence, types, clock.instant());
    }

    private void store(UUID caseId, List<byte[]> evidence, List<FileType> types, Instant now) {
        for (int i = 0; i < types.size(); i++) {
            UUID evidenceId = Ids.newId(clock);
            String key = "aftersales/" + caseId + "/" + evidenceId;
            byte[] content = evidence.get(i);
            storage.putInTransaction(key, content);
            cases.addEvidence(evidenceId, caseId, key, types.get(i).contentType(), content.length, now);
        }
    }

    /** Up to 9 files, each a PDF, JPEG, PNG or WebP by its bytes (a renamed file is refused) and at most 5 MB. */
    private static List<FileType> evidenceTypes(List<byte[]> evidence) {
        return FileType.checkAll(evidence, MAX_EVIDENCE, MAX_EVIDENCE_BYTES, "evidence", "error.aftersales.");
    }

    /** 撤销申请: the shopper takes the request back before the goods are on their way. */
    @PreAuthorize(Roles.IS_SHOPPER)
    @Transactional
    public void withdraw(UUID caseId) {
        UUID accountId = CurrentActor.requireAccountId();
        lifecycle.move(mine(caseId, accountId), CaseState.WITHDRAWN, shopper(accountId), null, clock.instant());
    }

    /**
     * 申请平台介入: the shopper of a refused case asks the platform to decide, with a reason; the case holds its line
     * again, so it is refused when the shopper has since opened another case on it or the line is claimed otherwise.
     */
    @PreAuthorize(Roles.IS_SHOPPER)
    @Transactional
    public void askPlatform(UUID caseId, String reason) {
        UUID accountId = CurrentActor.requireAccountId();
        String why = clean(reason, MAX_TEXT, "reason");
        if (why == null) {
            throw new RuleViolated(Map.of("reason", "error.aftersales.platformReasonRequired"));
        }
        AftersalesCaseRecord record = mine(caseId, accountId);
        if (CaseState.valueOf(record.getState()) == CaseState.REFUSED
                && cases.claimedQuantity(record.getOrderLineId()) + record.getQuantity() > record.getLineQuantity()) {
            throw new RuleViolated("error.aftersales.openCaseExists");
        }
        try {
            lifecycle.move(record, CaseState.ESCALATED, shopper(accountId), why, clock.instant());
        } catch (DuplicateKeyException concurrent) {
            throw new RuleViolated("error.aftersales.openCaseExists");
        }
    }

    /** 填写退货单号: the tracking number is checked against the carrier's format, as for outbound parcels. */
    @PreAuthorize(Roles.IS_SHOPPER)
    @Transactional
    public void shipBack(UUID caseId, Carrier carrier, String trackingNo) {
        UUID accountId = CurrentActor.requireAccountId();
        String normalised = tracking(carrier, trackingNo);
        AftersalesCaseRecord record = mine(caseId, accountId);
        record.setReturnCarrier(carrier.name());
        record.setReturnTrackingNo(normalised);
        lifecycle.move(record, CaseState.RETURN_SHIPPED, shopper(accountId), normalised, clock.instant());
    }

    /**
     * Approves: a refund-only case goes straight to its refund; a return waits for the goods, sent to
     * {@code returnAddress}.
     */
    @PreAuthorize(Roles.IS_MERCHANT)
    @Transactional
    public void approve(UUID caseId, String returnAddress) {
        AftersalesCaseRecord record = merchantCase(caseId);
        Instant now = clock.instant();
        if (!CaseType.valueOf(record.getCaseType()).returnsGoods()) {
            lifecycle.move(record, CaseState.REFUND_PENDING, merchantActor(), null, now);
            return;
        }
        String address = clean(returnAddress, MAX_ADDRESS, "returnAddress");
        if (address == null) {
            throw new RuleViolated(Map.of("returnAddress", "error.aftersales.returnAddressRequired"));
        }
        record.setReturnAddress(address);
        lifecycle.move(record, CaseState.APPROVED, merchantActor(), address, now);
    }

    @PreAuthorize(Roles.IS_MERCHANT)
    @Transactional
    public void refuse(UUID caseId, String reason) {
        String why = clean(reason, MAX_TEXT, "reason");
        if (why == null) {
            throw new RuleViolated(Map.of("reason", "error.aftersales.refuseReasonRequired"));
        }
        lifecycle.move(merchantCase(caseId), CaseState.REFUSED, merchantActor(), why, clock.instant());
    }

    @PreAuthorize(Roles.IS_MERCHANT)
    @Transactional
    public void confirmReceipt(UUID caseId) {
        lifecycle.move(merchantCase(caseId), CaseState.RECEIVED, merchantActor(), null, clock.instant());
    }

    /**
     * Records the inspection: passed goods go back into stock (reason RETURN, kept in the stock history) and the
     * refund follows; failed goods (notes required) go to the platform.
     */
    @PreAuthorize(Roles.IS_MERCHANT)
    @Transactional
    public void inspect(UUID caseId, boolean passed, String notes) {
        AftersalesCaseRecord record = merchantCase(caseId);
        String note = clean(notes, MAX_TEXT, "notes");
        Instant now = clock.instant();
        if (passed && !CaseType.valueOf(record.getCaseType()).refunds()) {
            // an exchange or a repair passes by being sent back (reship)
            throw new RuleViolated("error.aftersales.illegalMove", record.getState(), CaseState.REFUND_PENDING.name());
        }
        if (!passed) {
            if (note == null) {
                throw new RuleViolated(Map.of("notes", "error.aftersales.inspectionNotesRequired"));
            }
            lifecycle.move(record, CaseState.ESCALATED, merchantActor(), note, now);
            return;
        }
        lifecycle.move(record, CaseState.REFUND_PENDING, merchantActor(), note, now);
        products.adjustStock(record.getSkuId(), record.getQuantity(), StockAdjustmentReason.RETURN, record.getCaseNo());
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
        AftersalesCaseRecord record = merchantCase(caseId);
        if (CaseType.valueOf(record.getCaseType()).refunds()) {
            throw new RuleViolated("error.aftersales.illegalMove", record.getState(), CaseState.RESHIPPED.name());
        }
        record.setReshipCarrier(carrier.name());
        record.setReshipTrackingNo(normalised);
        lifecycle.move(record, CaseState.RESHIPPED, merchantActor(), normalised, clock.instant());
    }

    /** The shopper has the exchanged or repaired item: the case completes. */
    @PreAuthorize(Roles.IS_SHOPPER)
    @Transactional
    public void confirmReturnedItem(UUID caseId) {
        UUID accountId = CurrentActor.requireAccountId();
        lifecycle.move(mine(caseId, accountId), CaseState.COMPLETED, shopper(accountId), null, clock.instant());
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

    private AftersalesCaseRecord mine(UUID caseId, UUID accountId) {
        return cases.lockOfAccount(caseId, accountId).orElseThrow(() -> new NotFound("error.aftersales.notFound"));
    }

    private AftersalesCaseRecord merchantCase(UUID caseId) {
        UUID merchantId = merchants.require(StaffPermission.AFTER_SALES).id();
        return cases.lockOfMerchant(caseId, merchantId).orElseThrow(() -> new NotFound("error.aftersales.notFound"));
    }

    private static By shopper(UUID accountId) {
        return new By(Actor.SHOPPER, accountId, null);
    }

    private static By merchantActor() {
        return new By(Actor.MERCHANT, CurrentActor.requireAccountId(), null);
    }

    private static String clean(String text, int max, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.strip();
        if (trimmed.length() > max) {
            throw new RuleViolated(Map.of(field, "error.aftersales.tooLong"));
        }
        return trimmed;
    }
}
