package com.ks.platform.aftersales;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A case as its shopper or merchant sees it: the line, the request, the current step, who acts next and the timeline;
 * the merchant's photos of a failed inspection and their partial-refund proposal, if any.
 */
public record CaseDetails(
        UUID id,
        String caseNo,
        UUID orderId,
        String orderNo,
        UUID productId,
        String title,
        String specText,
        String imageRef,
        CaseType type,
        CaseReason reason,
        String description,
        int quantity,
        CaseState state,
        Actor nextActor,
        Instant deadlineAt,
        String returnAddress,
        String returnCarrier,
        String returnTrackingNo,
        String reshipCarrier,
        String reshipTrackingNo,
        long refundFen,
        Instant createdAt,
        List<Evidence> evidence,
        List<Step> timeline,
        List<Evidence> inspectionPhotos,
        Proposal proposal,
        Pickup pickup,
        List<Tracking> returnTracking) {

    /** 上门取件: where, on which day and in which window the carrier picks the return up; null when mailed. */
    public record Pickup(String address, java.time.LocalDate day, PickupWindow window) {}

    /** A stage of the return parcel, newest first (the outbound parcels' vocabulary). */
    public record Tracking(com.ks.platform.ordering.TrackingStage stage, String place, Instant occurredAt) {}

    /** A partial refund the merchant proposed (部分退款), with their reason; null when none was proposed. */
    public record Proposal(long amountFen, String note) {}

    /** A photo or PDF the shopper attached, served at {@code /media/after-sales/<id>} to the case's two parties. */
    public record Evidence(UUID id, String contentType) {

        public boolean image() {
            return contentType.startsWith("image/");
        }

        public String url() {
            return "/media/after-sales/" + id;
        }
    }

    /** Who acts on a case. */
    public enum Actor {
        SHOPPER,
        MERCHANT,
        PLATFORM,
        SYSTEM
    }

    /** One step: the state reached, by whom, under which automatic rule (if any), with a note, when. */
    public record Step(CaseState state, Actor actor, String ruleKey, String note, Instant occurredAt) {}
}
