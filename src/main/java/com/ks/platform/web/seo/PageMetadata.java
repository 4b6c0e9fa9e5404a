package com.ks.platform.web.seo;

import com.ks.platform.catalog.CatalogQueries;
import com.ks.platform.catalog.ProductArt;
import com.ks.platform.catalog.ProductDetails;
import com.ks.platform.merchant.MerchantQueries;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlRequestListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The first HTML response of a storefront page carries that page's own title, description, canonical URL, Open Graph
 * tags, schema.org JSON-LD and its text in {@code <noscript>}: WeChat and other apps build link previews from the first
 * response, and some crawlers never run the JavaScript that renders the view.
 */
@Component
class PageMetadata implements VaadinServiceInitListener, IndexHtmlRequestListener {

    private static final Pattern PRODUCT = Pattern.compile("/product/([0-9a-fA-F-]{36})/?");
    private static final Pattern SHOP = Pattern.compile("/shop/([0-9a-fA-F-]{36})/?");

    private final CatalogQueries catalog;
    private final MerchantQueries merchants;
    private final SiteSettings site;

    PageMetadata(CatalogQueries catalog, MerchantQueries merchants, SiteSettings site) {
        this.catalog = catalog;
        this.merchants = merchants;
        this.site = site;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this);
    }

    @Override
    public void modifyIndexHtmlResponse(IndexHtmlResponse response) {
        VaadinRequest request = response.getVaadinRequest();
        String path = Optional.ofNullable(request.getPathInfo()).orElse("/");
        describe(path, request.getParameter("category")).ifPresent(page -> page.writeTo(response.getDocument(), site));
    }

    Optional<PageDescription> describe(String path, String categoryCode) {
        Matcher product = PRODUCT.matcher(path);
        if (product.matches()) {
            return catalog.product(UUID.fromString(product.group(1))).map(this::productPage);
        }
        Matcher shop = SHOP.matcher(path);
        if (shop.matches()) {
            return shopPage(UUID.fromString(shop.group(1)));
        }
        if (path.equals("/search") && categoryCode != null) {
            return catalog.category(categoryCode)
                    .map(category -> PageDescription.listing(
                            category.nameZh(),
                            "Ks 下单平台 " + category.nameZh() + " 频道：多商家正品好物，按销量、价格、评分筛选。",
                            "search?category=" + category.code()));
        }
        if (path.equals("/") || path.isEmpty()) {
            return Optional.of(PageDescription.home());
        }
        return Optional.empty();
    }

    private PageDescription productPage(ProductDetails product) {
        String image = product.images().isEmpty()
                ? "images/logo.svg"
                : ProductArt.url(product.images().getFirst(), product.title());
        return PageDescription.product(product, site.absolute(image));
    }

    private Optional<PageDescription> shopPage(UUID merchantId) {
        return merchants
                .publicFacts(merchantId)
                .filter(shop -> shop.status().isTrading())
                .map(shop -> PageDescription.shop(shop, catalog.shopRating(merchantId), "shop/" + merchantId));
    }
}
