package com.ks.platform.aftersales;

import com.ks.jooq.tables.records.AftersalesCaseRecord;
import com.ks.platform.ordering.OrderDetails;
import com.ks.platform.shared.Ids;
import java.time.Clock;
import java.util.Locale;
import java.util.UUID;

/**
 * A new case's record with its number and a snapshot of the order line, so the merchant's pages need no order
 * permission and the case outlives edits; the caller sets what its kind of case adds (the line it holds, the refund).
 */
final class CaseSnapshot {

    private CaseSnapshot() {}

    static AftersalesCaseRecord newCase(
            CaseRepository cases,
            Clock clock,
            UUID accountId,
            OrderDetails order,
            OrderDetails.Line line,
            CaseReason reason,
            String description,
            int quantity) {
        AftersalesCaseRecord record = cases.newCase();
        UUID id = Ids.newId(clock);
        record.setId(id);
        record.setCaseNo("AS" + id.toString().replace("-", "").substring(0, 16).toUpperCase(Locale.ROOT));
        record.setAccountId(accountId);
        record.setMerchantId(order.merchantId());
        record.setOrderId(order.id());
        record.setOrderNo(order.orderNo());
        record.setOrderLineId(line.id());
        record.setSkuId(line.skuId());
        record.setProductId(line.productId());
        record.setTitle(line.title());
        record.setSpecText(line.specText());
        record.setImageRef(line.imageRef());
        record.setLineQuantity(line.quantity());
        record.setLinePaidFen(line.payableFen());
        // what the whole order cost, so the last refund can tell that all of it came back
        record.setOrderPaidFen(order.totalFen());
        record.setCaseType(reason.type().name());
        record.setReason(reason.name());
        record.setDescription(description);
        record.setQuantity(quantity);
        return record;
    }
}
