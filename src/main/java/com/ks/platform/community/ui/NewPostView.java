package com.ks.platform.community.ui;

import com.ks.platform.catalog.CatalogQueries;
import com.ks.platform.catalog.ImageFormat;
import com.ks.platform.community.CommunityRoutes;
import com.ks.platform.community.CommunityRules;
import com.ks.platform.community.CommunityService;
import com.ks.platform.community.NewPost;
import com.ks.platform.identity.Roles;
import com.ks.platform.shared.RuleViolated;
import com.ks.platform.ui.Notices;
import com.ks.platform.ui.StorefrontLayout;
import com.ks.platform.ui.Uploads;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * 发帖: text with #话题, up to nine photos checked as they arrive, and — when reached from a product page — the product
 * it is about. Nothing typed is lost when publishing is refused.
 */
@Route(value = CommunityRoutes.NEW_POST, layout = StorefrontLayout.class)
@RolesAllowed(Roles.SHOPPER)
public class NewPostView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CommunityService community;
    private final CatalogQueries catalog;
    private final TextArea body = new TextArea();
    private final Paragraph product = new Paragraph();
    private final Upload upload;
    private final Div thumbs = new Div();
    private final List<byte[]> photos = new ArrayList<>();
    private UUID productId;

    public NewPostView(CommunityService community, CatalogQueries catalog) {
        this.community = community;
        this.catalog = catalog;
        addClassNames("ks-community", "ks-community-new");
        body.setLabel(getTranslation("community.body"));
        body.setPlaceholder(getTranslation("community.bodyHint"));
        body.setRequired(true);
        body.setMaxLength(CommunityRules.Text.POST.max);
        body.setHelperText(getTranslation("community.bodyHelp", CommunityRules.Text.POST.max));
        body.setWidthFull();
        body.setMinHeight("10rem");
        product.addClassName("ks-muted");
        product.setVisible(false);
        upload = new Upload(receiver());
        Uploads.files(
                upload,
                CommunityRules.MAX_PHOTOS,
                CommunityRules.MAX_PHOTO_BYTES,
                "error.community.photoTooLarge",
                "error.community.photoType");
        upload.setAcceptedFileTypes("image/jpeg", "image/png", "image/webp", ".jpg", ".jpeg", ".png", ".webp");
        upload.addAllFinishedListener(finished -> upload.clearFileList());
        thumbs.addClassName("ks-review-photos");
        Paragraph photoHint = new Paragraph(getTranslation("community.photosHint", CommunityRules.MAX_PHOTOS));
        photoHint.addClassName("ks-muted");
        Button publish = new Button(getTranslation("community.publish"));
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.setDisableOnClick(true);
        publish.addClickListener(click -> {
            publish();
            publish.setEnabled(true);
        });
        add(new H1(getTranslation("community.write")), product, body, photoHint, upload, thumbs, publish);
    }

    /** {@code ?product=<id>}: the post is about that product (晒到社区 from its page). */
    public static QueryParameters about(UUID productId) {
        return QueryParameters.of("product", productId.toString());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        productId = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("product")
                .flatMap(id -> {
                    try {
                        return java.util.Optional.of(UUID.fromString(id));
                    } catch (IllegalArgumentException notAnId) {
                        return java.util.Optional.empty();
                    }
                })
                .flatMap(id -> catalog.product(id).map(p -> {
                    product.setText(getTranslation("community.about", p.title()));
                    return id;
                }))
                .orElse(null);
        product.setVisible(productId != null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("community.write") + " · Ks";
    }

    private void publish() {
        Actions.attempt(
                () -> {
                    UUID id = community.publish(new NewPost(body.getValue(), photos, productId));
                    Notices.success("community.published");
                    UI.getCurrent().navigate(PostView.class, new RouteParameters("postId", id.toString()));
                },
                Map.of("body", body));
    }

    /** Reads at most one byte more than allowed, so an oversized file is refused without filling the memory. */
    private UploadHandler receiver() {
        return event -> {
            byte[] bytes = event.getInputStream().readNBytes(CommunityRules.MAX_PHOTO_BYTES + 1);
            String refusal = null;
            try {
                CommunityRules.checkPhoto(bytes);
            } catch (RuleViolated refused) {
                refusal = refused.fieldErrors().getOrDefault("photos", refused.messageKey());
            }
            String message = refusal;
            event.getUI().access(() -> {
                if (message != null) {
                    Notices.error(message);
                } else if (photos.size() >= CommunityRules.MAX_PHOTOS) {
                    Notices.error("error.community.tooManyPhotos");
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
            String type = ImageFormat.sniff(photo).map(ImageFormat::contentType).orElse("application/octet-stream");
            Image image = new Image(
                    DownloadHandler.fromInputStream(d ->
                            new DownloadResponse(new ByteArrayInputStream(photo), "photo-" + n, type, photo.length)),
                    getTranslation("community.chosenPhoto", n));
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> {
                photos.remove(photo);
                showPhotos();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
            remove.setAriaLabel(getTranslation("community.removePhoto", n));
            Div tile = new Div(image, remove);
            tile.addClassName("ks-review-photo-tile");
            thumbs.add(tile);
        }
        upload.setVisible(photos.size() < CommunityRules.MAX_PHOTOS);
    }
}
