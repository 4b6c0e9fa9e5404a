package com.ks.platform.ui;

import com.ks.platform.shared.FileType;
import com.ks.platform.shared.RuleViolated;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/**
 * Choosing up to {@code maxFiles} photos for something that is sent later (a review, a community post): each file is
 * checked as it arrives by the owning module's rule, kept in the form and shown as a thumbnail that can be removed.
 * The service checks them all again when the form is sent.
 */
public class PhotoPicker extends Div {

    /** Message keys: browser refusals, too many photos, a thumbnail's alt text and its remove button ({0} = number). */
    public record Texts(String tooLarge, String wrongType, String tooMany, String chosen, String remove) {}

    private final int maxFiles;
    private final int maxBytes;
    private final Consumer<byte[]> check;
    private final Texts texts;
    private final Upload upload;
    private final Div thumbs = new Div();
    private final List<byte[]> photos = new ArrayList<>();

    /** @param check throws {@link RuleViolated} (field "photos") for a file the module refuses */
    public PhotoPicker(int maxFiles, int maxBytes, Consumer<byte[]> check, Texts texts) {
        this.maxFiles = maxFiles;
        this.maxBytes = maxBytes;
        this.check = check;
        this.texts = texts;
        upload = new Upload(receiver());
        Uploads.files(upload, maxFiles, maxBytes, texts.tooLarge(), texts.wrongType());
        upload.setAcceptedFileTypes("image/jpeg", "image/png", "image/webp", ".jpg", ".jpeg", ".png", ".webp");
        upload.addAllFinishedListener(finished -> upload.clearFileList());
        thumbs.addClassName("ks-review-photos");
        add(upload, thumbs);
    }

    public List<byte[]> photos() {
        return Collections.unmodifiableList(photos);
    }

    /** Reads at most one byte more than allowed, so an oversized file is refused without filling the memory. */
    private UploadHandler receiver() {
        return event -> {
            byte[] bytes = event.getInputStream().readNBytes(maxBytes + 1);
            String refusal = null;
            try {
                check.accept(bytes);
            } catch (RuleViolated refused) {
                refusal = refused.fieldErrors().getOrDefault("photos", refused.messageKey());
            }
            String message = refusal;
            UI ui = event.getUI();
            ui.access(() -> {
                if (message != null) {
                    Notices.error(message);
                } else if (photos.size() >= maxFiles) {
                    Notices.error(texts.tooMany());
                } else {
                    photos.add(bytes);
                    showPhotos();
                }
            });
        };
    }

    private void showPhotos() {
        thumbs.removeAll();
        for (int i = 0; i < photos.size(); i++) {
            byte[] photo = photos.get(i);
            int n = i + 1;
            String type = FileType.sniff(photo).map(FileType::contentType).orElse("application/octet-stream");
            Image image = new Image(
                    DownloadHandler.fromInputStream(d ->
                            new DownloadResponse(new ByteArrayInputStream(photo), "photo-" + n, type, photo.length)),
                    getTranslation(texts.chosen(), n));
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> {
                photos.remove(photo);
                showPhotos();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
            remove.setAriaLabel(getTranslation(texts.remove(), n));
            Div tile = new Div(image, remove);
            tile.addClassName("ks-review-photo-tile");
            thumbs.add(tile);
        }
        upload.setVisible(photos.size() < maxFiles);
    }
}
