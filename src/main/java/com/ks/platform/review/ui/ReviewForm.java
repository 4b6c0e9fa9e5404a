package com.ks.platform.review.ui;

import com.ks.platform.catalog.ImageFormat;
import com.ks.platform.review.ReviewService;
import com.ks.platform.review.WriteReview;
import com.ks.platform.shared.DomainException;
import com.ks.platform.shared.RuleViolated;
import com.ks.platform.ui.FieldErrors;
import com.ks.platform.ui.Notices;
import com.ks.platform.ui.Uploads;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reviewing one order line: overall stars and quality, logistics and service, text, up to nine photos. Photos are
 * checked as they arrive and kept with the form until it is sent; nothing typed is lost when the shop refuses.
 */
class ReviewForm extends Div {

    private final ReviewService reviews;
    private final UUID orderId;
    private final UUID lineId;
    private final Runnable written;
    private final StarsField stars;
    private final StarsField quality;
    private final StarsField logistics;
    private final StarsField service;
    private final TextArea body = new TextArea();
    private final Upload upload;
    private final Div thumbs = new Div();
    private final List<byte[]> photos = new ArrayList<>();
    private final Button submit;

    ReviewForm(ReviewService reviews, UUID orderId, UUID lineId, Runnable written) {
        this.reviews = reviews;
        this.orderId = orderId;
        this.lineId = lineId;
        this.written = written;
        addClassName("ks-review-form");
        stars = new StarsField(getTranslation("reviews.overall"));
        quality = new StarsField(getTranslation("reviews.quality"));
        logistics = new StarsField(getTranslation("reviews.logistics"));
        service = new StarsField(getTranslation("reviews.service"));
        body.setLabel(getTranslation("reviews.body"));
        body.setPlaceholder(getTranslation("reviews.bodyHint"));
        body.setRequired(true);
        body.setMinLength(ReviewService.MIN_TEXT);
        body.setMaxLength(ReviewService.MAX_TEXT);
        body.setHelperText(getTranslation("reviews.bodyLength", ReviewService.MIN_TEXT, ReviewService.MAX_TEXT));
        body.setWidthFull();
        upload = new Upload(receiver());
        Uploads.files(
                upload,
                ReviewService.MAX_PHOTOS,
                ReviewService.MAX_PHOTO_BYTES,
                "error.review.photoTooLarge",
                "error.review.photoType");
        upload.setAcceptedFileTypes("image/jpeg", "image/png", "image/webp", ".jpg", ".jpeg", ".png", ".webp");
        upload.addAllFinishedListener(finished -> upload.clearFileList());
        thumbs.addClassName("ks-review-photos");
        Paragraph photoHint = new Paragraph(getTranslation("reviews.photosHint", ReviewService.MAX_PHOTOS));
        photoHint.addClassName("ks-muted");
        submit = new Button(getTranslation("reviews.submit"), click -> submit());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setDisableOnClick(true);
        Div aspects = new Div(stars, quality, logistics, service);
        aspects.addClassName("ks-review-form-stars");
        add(aspects, body, photoHint, upload, thumbs, submit);
    }

    /** Reads at most one byte more than allowed, so an oversized file is refused without filling the memory. */
    private UploadHandler receiver() {
        return event -> {
            byte[] bytes = event.getInputStream().readNBytes(ReviewService.MAX_PHOTO_BYTES + 1);
            String refusal = null;
            try {
                ReviewService.checkPhoto(bytes);
            } catch (RuleViolated refused) {
                refusal = refused.fieldErrors().getOrDefault("photos", refused.messageKey());
            }
            String message = refusal;
            UI ui = event.getUI();
            ui.access(() -> {
                if (message != null) {
                    Notices.error(message);
                } else if (photos.size() >= ReviewService.MAX_PHOTOS) {
                    Notices.error("error.review.tooManyPhotos");
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
            Image image = new Image(
                    DownloadHandler.fromInputStream(d -> new DownloadResponse(
                            new ByteArrayInputStream(photo), "photo-" + n, contentType(photo), photo.length)),
                    getTranslation("reviews.chosenPhoto", n));
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> {
                photos.remove(photo);
                showPhotos();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
            remove.setAriaLabel(getTranslation("reviews.removePhoto", n));
            Div tile = new Div(image, remove);
            tile.addClassName("ks-review-photo-tile");
            thumbs.add(tile);
        }
        upload.setVisible(photos.size() < ReviewService.MAX_PHOTOS);
    }

    private static String contentType(byte[] photo) {
        return ImageFormat.sniff(photo).map(ImageFormat::contentType).orElse("application/octet-stream");
    }

    private void submit() {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("stars", stars);
        fields.put("qualityStars", quality);
        fields.put("logisticsStars", logistics);
        fields.put("serviceStars", service);
        fields.put("body", body);
        try {
            reviews.write(new WriteReview(
                    orderId,
                    lineId,
                    valueOf(stars),
                    valueOf(quality),
                    valueOf(logistics),
                    valueOf(service),
                    body.getValue(),
                    photos));
            Notices.success("reviews.thanks");
            written.run();
        } catch (RuleViolated refused) {
            if (!FieldErrors.show(refused, fields)) {
                Notices.error(refused);
            }
        } catch (DomainException refused) {
            Notices.error(refused);
        } finally {
            submit.setEnabled(true);
        }
    }

    private static int valueOf(StarsField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }
}
