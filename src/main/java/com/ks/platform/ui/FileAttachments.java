package com.ks.platform.ui;

import com.ks.platform.shared.FileType;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.ArrayList;
import java.util.List;

/**
 * Photos or PDFs for a request, kept in memory until it is submitted. Each file is read to at most one byte over the
 * limit and checked by its first bytes here for a quick answer; the service checks again. Messages are
 * {@code <keyPrefix>tooManyFiles}, {@code fileTooLarge} and {@code fileType}, as {@link FileType#checkAll} names them.
 */
public class FileAttachments extends Div implements HasValidation {

    private final Upload upload = new Upload(receiver());
    private final Span count = new Span();
    private final Span error = new Span();
    private final List<byte[]> files = new ArrayList<>();
    private final String countKey;
    private final int maxFiles;
    private final int maxBytes;
    private final String keyPrefix;

    public FileAttachments(String labelKey, String countKey, int maxFiles, int maxBytes, String keyPrefix) {
        this.countKey = countKey;
        this.maxFiles = maxFiles;
        this.maxBytes = maxBytes;
        this.keyPrefix = keyPrefix;
        addClassName("ks-evidence-upload");
        Uploads.singleFile(upload, maxBytes, keyPrefix + "fileTooLarge", keyPrefix + "fileType");
        upload.setMaxFiles(maxFiles);
        upload.setAcceptedFileTypes(
                "image/jpeg", "image/png", "image/webp", "application/pdf", ".jpg", ".jpeg", ".png", ".webp", ".pdf");
        count.addClassName("ks-muted");
        error.addClassName("ks-error");
        add(new Span(getTranslation(labelKey)), upload, count, error);
        showCount();
    }

    public List<byte[]> files() {
        return List.copyOf(files);
    }

    /** Forgets the files (after the request was sent). */
    public void clear() {
        files.clear();
        upload.clearFileList();
        showCount();
    }

    private UploadHandler receiver() {
        return event -> {
            byte[] bytes = event.getInputStream().readNBytes(maxBytes + 1);
            UI ui = event.getUI();
            ui.access(() -> accept(bytes));
        };
    }

    public void accept(byte[] bytes) {
        if (files.size() >= maxFiles) {
            Notices.error(keyPrefix + "tooManyFiles");
        } else if (bytes.length > maxBytes) {
            Notices.error(keyPrefix + "fileTooLarge");
        } else if (FileType.sniff(bytes).isEmpty()) {
            Notices.error(keyPrefix + "fileType");
        } else {
            files.add(bytes);
        }
        showCount();
    }

    private void showCount() {
        count.setText(getTranslation(countKey, files.size(), maxFiles));
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
