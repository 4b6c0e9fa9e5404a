package com.ks.platform.compliance.ui;

import com.ks.platform.compliance.EvidenceFile;
import com.ks.platform.ui.Uploads;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.ArrayList;
import java.util.List;

/**
 * Evidence files chosen for one step (PDF or images). The browser's limits are a convenience; the service checks each
 * file's bytes, size and count again. Reads at most one byte over the limit, so an oversized file never fills memory.
 */
class EvidenceUpload extends Div {

    static final int MAX_FILES = 5;
    static final int MAX_BYTES = 10 * 1024 * 1024;

    private final List<EvidenceFile> files = new ArrayList<>();
    private final Upload upload;
    private final Paragraph chosen = new Paragraph();

    EvidenceUpload(String labelKey) {
        addClassName("ks-evidence-upload");
        upload = new Upload(receiver());
        Uploads.files(upload, MAX_FILES, MAX_BYTES, "error.document.tooLarge", "error.document.unsupportedType");
        upload.setAcceptedFileTypes(
                "application/pdf", "image/png", "image/jpeg", "image/webp", ".pdf", ".png", ".jpg", ".jpeg", ".webp");
        Paragraph label = new Paragraph(getTranslation(labelKey));
        label.addClassName("ks-field-label");
        Paragraph help = new Paragraph(getTranslation("evidence.help"));
        help.addClassName("ks-muted");
        chosen.addClassName("ks-muted");
        add(label, help, upload, chosen);
    }

    List<EvidenceFile> files() {
        return List.copyOf(files);
    }

    void clear() {
        files.clear();
        upload.clearFileList();
        chosen.setText("");
    }

    private UploadHandler receiver() {
        return event -> {
            byte[] bytes = event.getInputStream().readNBytes(MAX_BYTES + 1);
            String name = event.getFileName();
            UI ui = event.getUI();
            ui.access(() -> add(new EvidenceFile(name, bytes)));
        };
    }

    private void add(EvidenceFile file) {
        files.add(file);
        chosen.setText(getTranslation(
                "evidence.chosen",
                String.join("、", files.stream().map(EvidenceFile::fileName).toList())));
    }
}
