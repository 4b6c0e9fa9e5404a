package com.ks.platform.compliance.ui;

import com.ks.platform.merchant.DocumentFile;
import com.ks.platform.merchant.MerchantDocument;
import com.ks.platform.merchant.MerchantDocumentService;
import com.ks.platform.shared.DomainException;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.UUID;

/**
 * Documents inline: images as they were filed, PDFs as PNG pages rendered on the server. Each image is fetched through
 * the document service in the officer's own request, so the same access rule applies as everywhere else.
 */
class DocumentViewer extends Div {

    DocumentViewer(MerchantDocumentService documents, List<MerchantDocument> shown) {
        if (shown.isEmpty()) {
            add(new Paragraph(getTranslation("review.noDocuments")));
        }
        for (MerchantDocument document : shown) {
            Div card = new Div();
            card.addClassName("ks-document");
            String expiry = document.expiresOn() == null
                    ? getTranslation("documents.noExpiry")
                    : document.expiresOn().toString();
            H4 heading =
                    new H4(getTranslation("document.kind." + document.kind().name()) + " · v" + document.version());
            Paragraph meta = new Paragraph(getTranslation("review.documentMeta", expiry, document.fileName()));
            meta.addClassName("ks-muted");
            card.add(heading, meta);
            if (document.licenceCompanyName() != null) {
                card.add(new Paragraph(getTranslation("review.licenceCompanyName", document.licenceCompanyName())));
            }
            try {
                int pages = documents.pageCount(document.id());
                for (int page = 0; page < pages; page++) {
                    Image image = new Image(
                            pageHandler(documents, document.id(), page),
                            getTranslation(
                                    "review.pageAlt",
                                    getTranslation(
                                            "document.kind." + document.kind().name()),
                                    page + 1));
                    image.addClassName("ks-document-page");
                    card.add(image);
                }
            } catch (DomainException unreadable) {
                Paragraph problem = new Paragraph(getTranslation(unreadable.messageKey()));
                problem.addClassName("ks-warning");
                card.add(problem);
            }
            add(card);
        }
    }

    private static DownloadHandler pageHandler(MerchantDocumentService documents, UUID documentId, int page) {
        return DownloadHandler.fromInputStream(event -> {
            try {
                DocumentFile file = documents.page(documentId, page);
                return new DownloadResponse(
                        new ByteArrayInputStream(file.content()),
                        file.fileName(),
                        file.contentType(),
                        file.content().length);
            } catch (DomainException refused) {
                return DownloadResponse.error(404);
            }
        });
    }
}
