package com.ks.platform.ordering;

import static com.ks.jooq.Tables.ORDERING_ORDER;
import static com.ks.jooq.Tables.ORDERING_ORDER_LINE;
import static com.ks.platform.compliance.RegulatorExportPart.csvCell;

import com.ks.platform.compliance.RegulatorExportPart;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The merchant's transactions for a regulator export: one row per order line placed in the period, with amounts in
 * fen, the times of payment and shipment, and the delivery region — not the buyer's name, phone or street, which an
 * authority asks for by order number if it needs them (PIPL art. 6: no more than the purpose needs).
 */
@Component
class OrdersForRegulators implements RegulatorExportPart {

    private final DSLContext db;

    OrdersForRegulators(DSLContext db) {
        this.db = db;
    }

    @Override
    public String fileName() {
        return "transactions.csv";
    }

    @Override
    @Transactional(readOnly = true)
    public byte[] content(UUID merchantId, Instant from, Instant to) {
        StringBuilder csv = new StringBuilder(
                "\uFEFForder_no,placed_at,paid_at,shipped_at,status,order_total_fen,region,title,spec,unit_price_fen,"
                        + "quantity,payable_fen\r\n");
        try (var rows = db
                .select(
                        ORDERING_ORDER.ORDER_NO,
                        ORDERING_ORDER.PLACED_AT,
                        ORDERING_ORDER.PAID_AT,
                        ORDERING_ORDER.SHIPPED_AT,
                        ORDERING_ORDER.STATUS,
                        ORDERING_ORDER.TOTAL_FEN,
                        ORDERING_ORDER.REGION_TEXT,
                        ORDERING_ORDER_LINE.TITLE,
                        ORDERING_ORDER_LINE.SPEC_TEXT,
                        ORDERING_ORDER_LINE.UNIT_PRICE_FEN,
                        ORDERING_ORDER_LINE.QUANTITY,
                        ORDERING_ORDER_LINE.PAYABLE_FEN)
                .from(ORDERING_ORDER)
                .join(ORDERING_ORDER_LINE)
                .on(ORDERING_ORDER_LINE.ORDER_ID.eq(ORDERING_ORDER.ID))
                .where(ORDERING_ORDER.MERCHANT_ID.eq(merchantId))
                .and(ORDERING_ORDER.PLACED_AT.ge(from))
                .and(ORDERING_ORDER.PLACED_AT.lt(to))
                .orderBy(ORDERING_ORDER.PLACED_AT, ORDERING_ORDER.ORDER_NO, ORDERING_ORDER_LINE.ID)
                .fetchSize(1000)
                .stream()) {
            rows.forEach(r -> {
                for (int i = 0; i < r.size(); i++) {
                    if (i > 0) {
                        csv.append(',');
                    }
                    csv.append(csvCell(r.get(i)));
                }
                csv.append("\r\n");
            });
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
