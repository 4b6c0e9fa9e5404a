package com.ks.platform.aftersales;

import java.util.UUID;

/**
 * A case reached REFUND_PENDING: the refund intent was recorded with the transition and is carried out after commit,
 * keyed by {@code refundRef} so a re-delivered event never refunds twice.
 */
public record AfterSalesRefundRequested(UUID caseId, UUID orderId, long amountFen, String refundRef) {}
