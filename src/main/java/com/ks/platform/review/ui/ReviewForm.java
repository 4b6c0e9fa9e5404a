package com.ks.platform.review.ui;

import com.ks.platform.review.ReviewService;
import com.ks.platform.review.WriteReview;
import com.ks.platform.shared.DomainException;
import com.ks.platform.shared.RuleViolated;
import com.ks.platform.ui.FieldErrors;
import com.ks.platform.ui.Notices;
import com.ks.platform.ui.PhotoPicker;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.LinkedHashMap;
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
    private final PhotoPicker photos;
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
        photos = new PhotoPicker(
                ReviewService.MAX_PHOTOS,
                ReviewService.MAX_PHOTO_BYTES,
                ReviewService::checkPhoto,
                new PhotoPicker.Texts(
                        "error.review.photoTooLarge",
                        "error.review.photoType",
                        "error.review.tooManyPhotos",
                        "reviews.chosenPhoto",
                        "reviews.removePhoto"));
        Paragraph photoHint = new Paragraph(getTranslation("reviews.photosHint", ReviewService.MAX_PHOTOS));
        photoHint.addClassName("ks-muted");
        submit = new Button(getTranslation("reviews.submit"), click -> submit());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setDisableOnClick(true);
        Div aspects = new Div(stars, quality, logistics, service);
        aspects.addClassName("ks-review-form-stars");
        add(aspects, body, photoHint, photos, submit);
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
                    photos.photos()));
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
