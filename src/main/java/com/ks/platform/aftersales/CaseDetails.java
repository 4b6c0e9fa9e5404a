package com.ks.platform.aftersales;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A case as its shopper or merchant sees it: the line, the request, the current step, who acts next and the timeline. */
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
        List<Step> timeline) {

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
