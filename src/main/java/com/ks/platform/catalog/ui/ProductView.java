package com.ks.platform.catalog.ui;

import com.ks.platform.catalog.CatalogQueries;
import com.ks.platform.catalog.ProductArt;
import com.ks.platform.catalog.ProductDetails;
import com.ks.platform.catalog.PurchaseActions;
import com.ks.platform.catalog.RichDescription;
import com.ks.platform.shared.BehaviourEvent;
import com.ks.platform.ui.MerchantGrade;
import com.ks.platform.ui.ProductPagePart;
import com.ks.platform.ui.RouteObjects;
import com.ks.platform.ui.ShopFavouriteButton;
import com.ks.platform.ui.StorefrontLayout;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;

/** The product page: gallery left, facts and the buying panel right, details below. */
@Route(value = "product/:productId", layout = StorefrontLayout.class)
@AnonymousAllowed
public class ProductView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CatalogQueries catalog;
    private final ObjectProvider<PurchaseActions> purchases;
    private final ObjectProvider<BuyNowAction> buyNow;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<ProductPagePart> parts;
    private final ObjectProvider<MerchantGrade> grades;
    private final ObjectProvider<ShopFavouriteButton> shopFavourites;
    private String title = "";
    private UUID shownProduct;
    private long shownSince;

    public ProductView(
            CatalogQueries catalog,
            ObjectProvider<PurchaseActions> purchases,
            ObjectProvider<BuyNowAction> buyNow,
            ApplicationEventPublisher events,
            ObjectProvider<ProductPagePart> parts,
            ObjectProvider<MerchantGrade> grades,
            ObjectProvider<ShopFavouriteButton> shopFavourites) {
        this.grades = grades;
        this.shopFavourites = shopFavourites;
        this.catalog = catalog;
        this.parts = parts;
        this.purchases = purchases;
        this.buyNow = buyNow;
        this.events = events;
        addClassName("ks-product-page");
        // the page view is recorded when the shopper leaves, with how long the page was on screen
        addDetachListener(detach -> recordView());
    }

    private void recordView() {
        if (shownProduct != null) {
            events.publishEvent(
                    BehaviourEvent.pageView("product", shownProduct, System.currentTimeMillis() - shownSince));
            shownProduct = null;
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteObjects.showOrNotFound(event, "productId", catalog::product, this::show);
    }

    private void show(ProductDetails product) {
        recordView();
        shownProduct = product.id();
        shownSince = System.currentTimeMillis();
        removeAll();
        title = product.title();
        Gallery gallery = new Gallery(product);
        BuyPanel buy = new BuyPanel(product, purchases.getIfAvailable(), buyNow.getIfAvailable(), gallery::showImage);
        Div facts = new Div(new H1(product.title()));
        facts.addClassName("ks-product-facts");
        if (product.subtitle() != null) {
            Paragraph subtitle = new Paragraph(product.subtitle());
            subtitle.addClassName("ks-muted");
            facts.add(subtitle);
        }
        facts.add(buy);
        parts(ProductPagePart.Place.BESIDE_BUYING, product.id()).forEach(facts::add);
        var grade = grades.orderedStream()
                .findFirst()
                .flatMap(g -> g.badge(product.merchant().id()));
        var shopFavourite = shopFavourites
                .orderedStream()
                .findFirst()
                .map(f -> f.create(product.merchant().id()));
        facts.add(new ReturnPolicyNote(product), new MerchantCardView(product.merchant(), grade, shopFavourite));
        Div top = new Div(gallery, facts);
        top.addClassName("ks-product-top");
        add(top, details(product));
        parts(ProductPagePart.Place.BELOW_DETAILS, product.id()).forEach(this::add);
    }

    private java.util.List<com.vaadin.flow.component.Component> parts(ProductPagePart.Place place, UUID productId) {
        return parts.orderedStream()
                .filter(part -> part.place() == place)
                .sorted(java.util.Comparator.comparingInt(ProductPagePart::order))
                .map(part -> part.create(productId))
                .toList();
    }

    private Div details(ProductDetails product) {
        Div details = new Div(new H2(getTranslation("product.details")));
        details.addClassNames("ks-card", "ks-product-details");
        String safe = product.descriptionHtml() == null ? "" : RichDescription.sanitise(product.descriptionHtml());
        details.add(new Html("<div class=\"ks-rich-text\">" + safe + "</div>"));
        return details;
    }

    @Override
    public String getPageTitle() {
        return title + " · Ks";
    }

    /** The main picture with thumbnails; choosing a spec shows its picture. */
    static class Gallery extends Div {

        private final Image main = new Image();
        private final String label;
        private final boolean uploaded;

        Gallery(ProductDetails product) {
            addClassName("ks-gallery");
            label = product.title();
            uploaded = ProductArt.isUpload(product.images().getFirst());
            main.addClassName("ks-gallery-main");
            main.setAlt(product.title());
            showImage(product.images().getFirst());
            Div thumbs = new Div();
            thumbs.addClassName("ks-gallery-thumbs");
            for (String ref : product.images()) {
                Image thumb = new Image(ProductArt.url(ref, label), "");
                thumb.addClassName("ks-gallery-thumb");
                thumb.addClickListener(click -> showImage(ref));
                thumbs.add(thumb);
            }
            add(main, thumbs);
        }

        /** A spec's generated drawing does not replace the merchant's own photos. */
        void showImage(String ref) {
            if (uploaded && !ProductArt.isUpload(ref)) {
                return;
            }
            main.setSrc(ProductArt.url(ref, label));
        }
    }
}
