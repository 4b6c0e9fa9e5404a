package com.ks.platform.catalog;

/**
 * Why a SKU's stock changed by hand: 进货 (restock), 盘点 (stocktake), 损耗 (loss), 其他 (other), or 退货入库 (returned
 * goods that passed the merchant's inspection).
 */
public enum StockAdjustmentReason {
    RESTOCK,
    STOCKTAKE,
    LOSS,
    OTHER,
    RETURN;

    /** The reasons a merchant picks by hand; RETURN is recorded only by an after-sales inspection. */
    public static java.util.List<StockAdjustmentReason> manual() {
        return java.util.List.of(RESTOCK, STOCKTAKE, LOSS, OTHER);
    }
}
