package com.ks.platform.aftersales;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * What a shopper may ask for on one line, shown before they submit: the line, how many units may still be claimed,
 * and for every reason the verdict (with when its window closes and who pays the return shipping).
 */
public record ApplyOptions(
        UUID orderId,
        String orderNo,
        UUID lineId,
        String title,
        String specText,
        String imageRef,
        int claimable,
        long unitRefundFen,
        boolean openCase,
        Map<CaseReason, Eligibility.Verdict> verdicts,
        Instant now) {}
