package com.ks.platform.community.ui;

import com.ks.platform.catalog.CatalogQueries;
import com.ks.platform.community.CommunityRoutes;
import com.ks.platform.community.CommunityRules;
import com.ks.platform.community.CommunityService;
import com.ks.platform.community.NewPost;
import com.ks.platform.identity.Roles;
import com.ks.platform.ui.Notices;
import com.ks.platform.ui.PhotoPicker;
import com.ks.platform.ui.StorefrontLayout;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
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
    private final PhotoPicker photos;
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
        photos = new PhotoPicker(
                CommunityRules.MAX_PHOTOS,
                CommunityRules.MAX_PHOTO_BYTES,
                CommunityRules::checkPhoto,
                new PhotoPicker.Texts(
                        "error.community.photoTooLarge",
                        "error.community.photoType",
                        "error.community.tooManyPhotos",
                        "community.chosenPhoto",
                        "community.removePhoto"));
        Paragraph photoHint = new Paragraph(getTranslation("community.photosHint", CommunityRules.MAX_PHOTOS));
        photoHint.addClassName("ks-muted");
        Button publish = new Button(getTranslation("community.publish"));
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.setDisableOnClick(true);
        publish.addClickListener(click -> {
            publish();
            publish.setEnabled(true);
        });
        add(new H1(getTranslation("community.write")), product, body, photoHint, photos, publish);
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
                    UUID id = community.publish(new NewPost(body.getValue(), photos.photos(), productId));
                    Notices.success("community.published");
                    UI.getCurrent().navigate(PostView.class, new RouteParameters("postId", id.toString()));
                },
                Map.of("body", body));
    }
}
