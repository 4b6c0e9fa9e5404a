package com.ks.platform.payment;

import java.time.Instant;
import java.util.UUID;

/** What one order moved on a merchant's account in a month: its allocation, refunds and the commission on it. */
public record SettlementLine(
        UUID orderId, String orderNo, Instant firstRecordedAt, long amountFen, long refundFen, long commissionFen) {

    public long netFen() {
        return amountFen - refundFen - commissionFen;
    }
}
