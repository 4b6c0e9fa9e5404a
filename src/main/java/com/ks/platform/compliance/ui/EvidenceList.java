package com.ks.platform.compliance.ui;

import com.ks.platform.compliance.Evidence;
import com.ks.platform.shared.DomainException;
import com.ks.platform.ui.Formats;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Evidence files: images inline, PDFs as a download. Each file is fetched through the service in the viewer's own
 * request ({@code content}), so the same access rule applies as to the page.
 */
class EvidenceList extends Div {

    EvidenceList(List<Evidence> evidence, Function<UUID, byte[]> content) {
        addClassName("ks-evidence");
        if (evidence.isEmpty()) {
            add(new Paragraph(getTranslation("evidence.none")));
        }
        for (Evidence file : evidence) {
            Div card = new Div();
            card.addClassName("ks-evidence-file");
            Paragraph meta = new Paragraph(getTranslation(
                    "evidence.meta",
                    getTranslation("evidence.side." + file.side()),
                    file.fileName(),
                    Formats.dateTime(file.uploadedAt(), getLocale())));
            meta.addClassName("ks-muted");
            card.add(meta);
            DownloadHandler handler = handler(file, content);
            if (file.image()) {
                Image image = new Image(handler, file.fileName());
                image.addClassName("ks-evidence-image");
                card.add(image);
            } else {
                Anchor download = new Anchor(handler, getTranslation("evidence.open", file.fileName()));
                download.setTarget("_blank");
                card.add(download);
            }
            add(card);
        }
    }

    private static DownloadHandler handler(Evidence file, Function<UUID, byte[]> content) {
        return DownloadHandler.fromInputStream(event -> {
            try {
                byte[] bytes = content.apply(file.id());
                return new DownloadResponse(
                        new ByteArrayInputStream(bytes), file.fileName(), file.contentType(), bytes.length);
            } catch (DomainException refused) {
                return DownloadResponse.error(404);
            }
        });
    }
}
