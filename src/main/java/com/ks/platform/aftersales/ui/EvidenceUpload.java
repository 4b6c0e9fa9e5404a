package com.ks.platform.aftersales.ui;

import com.ks.platform.aftersales.AfterSalesService;
import com.ks.platform.ui.FileAttachments;

/** Up to 9 photos or PDFs for an after-sales request (the ui kit's attachments with after-sales' limits and texts). */
class EvidenceUpload extends FileAttachments {

    EvidenceUpload() {
        super(
                "aftersales.evidence",
                "aftersales.evidence.count",
                AfterSalesService.MAX_EVIDENCE,
                AfterSalesService.MAX_EVIDENCE_BYTES,
                "error.aftersales.");
    }
}
