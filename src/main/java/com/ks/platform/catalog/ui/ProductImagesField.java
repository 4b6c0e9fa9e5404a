package com.ks.platform.catalog.ui;

import com.ks.platform.catalog.ProductArt;
import com.ks.platform.catalog.ProductService;
import com.ks.platform.shared.DomainException;
import com.ks.platform.shared.RuleViolated;
import com.ks.platform.ui.Notices;
import com.ks.platform.ui.Uploads;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.List;
import java.util.UUID;

/**
 * The uploaded pictures of one saved product as compact ordered tiles (the first is the cover), with an upload of
 * several files at once, "set as cover" and "remove". Every change goes straight to the service, which checks the file again by its content.
 */
class ProductImagesField extends Div {

    private final ProductService products;
    private final UUID productId;
    private final Upload upload;
    private final Div thumbs = new Div();
    private final Paragraph empty = new Paragraph();
    private final Runnable onChange;

    ProductImagesField(ProductService products, UUID productId, Runnable onChange) {
        this.products = products;
        this.productId = productId;
        this.onChange = onChange;
        addClassName("ks-product-images");
        upload = new Upload(receiver());
        Uploads.files(
                upload,
                ProductService.MAX_IMAGES,
                ProductService.MAX_IMAGE_BYTES,
                "error.productImage.tooLarge",
                "editor.images.rejectedByBrowser");
        // several files arrive one request each: the list is cleared once the last one is in
        upload.addAllFinishedListener(finished -> upload.clearFileList());
        upload.setAcceptedFileTypes("image/jpeg", "image/png", "image/webp", ".jpg", ".jpeg", ".png", ".webp");
        Paragraph help = new Paragraph(getTranslation("editor.images.help"));
        help.addClassName("ks-muted");
        empty.setText(getTranslation("editor.images.none"));
        empty.addClassName("ks-muted");
        thumbs.addClassName("ks-image-tiles");
        add(help, upload, empty, thumbs);
        refresh();
    }

    /**
     * Reads at most one byte more than allowed, so an oversized file is refused without filling the memory. The service
     * is called in the upload's own request (signed in as the merchant); the UI is updated under its lock.
     */
    private UploadHandler receiver() {
        return event -> {
            byte[] bytes = event.getInputStream().readNBytes(ProductService.MAX_IMAGE_BYTES + 1);
            String refusal = null;
            try {
                products.addImage(productId, event.getFileName(), bytes);
            } catch (RuleViolated refused) {
                refusal = refused.fieldErrors().getOrDefault("file", refused.messageKey());
            } catch (DomainException refused) {
                refusal = refused.messageKey();
            }
            String message = refusal;
            UI ui = event.getUI();
            ui.access(() -> {
                if (message == null) {
                    Notices.success("editor.images.added");
                    refresh();
                    onChange.run();
                } else {
                    Notices.error(message);
                }
            });
        };
    }

    private void refresh() {
        List<String> images = products.myImages(productId);
        thumbs.removeAll();
        empty.setVisible(images.isEmpty());
        upload.setVisible(images.size() < ProductService.MAX_IMAGES);
        upload.setMaxFiles(Math.max(1, ProductService.MAX_IMAGES - images.size()));
        for (int i = 0; i < images.size(); i++) {
            thumbs.add(thumb(images.get(i), i));
        }
    }

    private Div thumb(String ref, int index) {
        Image image = new Image(ProductArt.url(ref, ""), getTranslation("editor.images.number", index + 1));
        image.addClassName("ks-gallery-thumb");
        Div card = new Div(image);
        card.addClassName("ks-image-tile");
        if (index == 0) {
            Span cover = new Span(getTranslation("editor.images.cover"));
            cover.addClassNames("ks-status", "ks-status-ok");
            card.add(cover);
        } else {
            card.add(button("editor.images.makeCover", index, () -> products.makeCover(productId, ref)));
        }
        card.add(button("editor.images.remove", index, () -> products.removeImage(productId, ref)));
        return card;
    }

    private Button button(String key, int index, Runnable command) {
        Button button = new Button(getTranslation(key), click -> {
            try {
                command.run();
            } catch (DomainException refused) {
                Notices.error(refused);
            }
            refresh();
            onChange.run();
        });
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.getElement()
                .setAttribute("aria-label", button.getText() + "：" + getTranslation("editor.images.number", index + 1));
        return button;
    }
}
