package com.ks.platform.aftersales.ui;

import com.ks.platform.aftersales.AfterSalesService;
import com.ks.platform.ui.FileAttachments;

/** Photos or PDFs for an after-sales request or message (the ui kit's attachments with after-sales' limits and texts). */
class EvidenceUpload extends FileAttachments {

    EvidenceUpload() {
        this("aftersales.evidence", AfterSalesService.MAX_EVIDENCE);
    }

    /** An upload of at most {@code maxFiles} files, under a label that says so. */
    EvidenceUpload(String labelKey, int maxFiles) {
        super(
                labelKey,
                "aftersales.evidence.count",
                maxFiles,
                AfterSalesService.MAX_EVIDENCE_BYTES,
                "error.aftersales.");
    }
}
