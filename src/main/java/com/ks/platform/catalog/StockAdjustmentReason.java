package com.ks.platform.catalog;

/** Why a merchant changed a SKU's stock by hand: 进货 (restock), 盘点 (stocktake), 损耗 (loss), 其他 (other). */
public enum StockAdjustmentReason {
    RESTOCK,
    STOCKTAKE,
    LOSS,
    OTHER
}
