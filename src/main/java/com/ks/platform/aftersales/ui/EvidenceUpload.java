package com.ks.platform.aftersales.ui;

import com.ks.platform.aftersales.AfterSalesService;
import com.ks.platform.shared.FileType;
import com.ks.platform.ui.Notices;
import com.ks.platform.ui.Uploads;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.ArrayList;
import java.util.List;

/**
 * Up to 9 photos or PDFs for a request (or the merchant's inspection), kept in memory until it is submitted. Each file is read to at most one byte
 * over the limit and checked by its first bytes here for a quick answer; the service checks again.
 */
class EvidenceUpload extends Div implements HasValidation {

    private final Upload upload = new Upload(receiver());
    private final Span count = new Span();
    private final Span error = new Span();
    private final List<byte[]> files = new ArrayList<>();

    EvidenceUpload() {
        this("aftersales.evidence");
    }

    EvidenceUpload(String labelKey) {
        addClassName("ks-evidence-upload");
        Uploads.singleFile(
                upload,
                AfterSalesService.MAX_EVIDENCE_BYTES,
                "error.aftersales.fileTooLarge",
                "error.aftersales.fileType");
        upload.setMaxFiles(AfterSalesService.MAX_EVIDENCE);
        upload.setAcceptedFileTypes(
                "image/jpeg", "image/png", "image/webp", "application/pdf", ".jpg", ".jpeg", ".png", ".webp", ".pdf");
        count.addClassName("ks-muted");
        error.addClassName("ks-error");
        add(new Span(getTranslation(labelKey)), upload, count, error);
        showCount();
    }

    List<byte[]> files() {
        return List.copyOf(files);
    }

    private UploadHandler receiver() {
        return event -> {
            byte[] bytes = event.getInputStream().readNBytes(AfterSalesService.MAX_EVIDENCE_BYTES + 1);
            UI ui = event.getUI();
            ui.access(() -> accept(bytes));
        };
    }

    void accept(byte[] bytes) {
        if (files.size() >= AfterSalesService.MAX_EVIDENCE) {
            Notices.error("error.aftersales.tooManyFiles");
        } else if (bytes.length > AfterSalesService.MAX_EVIDENCE_BYTES) {
            Notices.error("error.aftersales.fileTooLarge");
        } else if (FileType.sniff(bytes).isEmpty()) {
            Notices.error("error.aftersales.fileType");
        } else {
            files.add(bytes);
        }
        showCount();
    }

    private void showCount() {
        count.setText(getTranslation("aftersales.evidence.count", files.size(), AfterSalesService.MAX_EVIDENCE));
    }

    @Override
    public void setErrorMessage(String errorMessage) {
        error.setText(errorMessage == null ? "" : errorMessage);
    }

    @Override
    public String getErrorMessage() {
        return error.getText();
    }

    @Override
    public void setInvalid(boolean invalid) {
        error.setVisible(invalid);
    }

    @Override
    public boolean isInvalid() {
        return error.isVisible();
    }
}
