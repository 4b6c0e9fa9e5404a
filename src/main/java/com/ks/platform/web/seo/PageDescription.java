package com.ks.platform.web.seo;

import com.ks.platform.catalog.ProductDetails;
import com.ks.platform.catalog.ShopRating;
import com.ks.platform.catalog.Sku;
import com.ks.platform.merchant.MerchantSummary;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import tools.jackson.databind.json.JsonMapper;

/** One storefront page as crawlers and link previews see it, and how it is written into the first HTML response. */
record PageDescription(
        String title,
        String description,
        String canonicalPath,
        String ogType,
        String imageUrl,
        Map<String, Object> structuredData,
        String noscriptHtml) {

    static final String SITE_NAME = "Ks 下单平台";
    private static final int DESCRIPTION_LENGTH = 150;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static PageDescription home() {
        Map<String, Object> site = new LinkedHashMap<>();
        site.put("@context", "https://schema.org");
        site.put("@type", "WebSite");
        site.put("name", SITE_NAME);
        site.put("url", "");
        site.put(
                "potentialAction",
                Map.of(
                        "@type", "SearchAction",
                        "target", "search?q={search_term_string}",
                        "query-input", "required name=search_term_string"));
        return new PageDescription(
                SITE_NAME + " · 多商家在线购物",
                "Ks 下单平台：数码、家居、生鲜、运动等多商家正品好物，支持多种支付、分期与先用后付，7 天无理由退货。",
                "",
                "website",
                null,
                site,
                "<h1>" + SITE_NAME + "</h1>");
    }

    static PageDescription listing(String name, String description, String canonicalPath) {
        return new PageDescription(
                name + " | " + SITE_NAME,
                description,
                canonicalPath,
                "website",
                null,
                null,
                "<h1>" + Jsoup.clean(name, org.jsoup.safety.Safelist.none()) + "</h1>");
    }

    static PageDescription product(ProductDetails product, String imageUrl) {
        String text = Jsoup.parse(product.descriptionHtml() == null ? "" : product.descriptionHtml())
                .text();
        String summary = product.subtitle() == null || product.subtitle().isBlank() ? text : product.subtitle();
        String price = yuan(product.minPriceFen());
        String description = shorten(product.title() + "，" + summary, DESCRIPTION_LENGTH - 12) + " ¥" + price + " 起";
        boolean inStock = product.skus().stream().anyMatch(Sku::inStock);

        Map<String, Object> offer = new LinkedHashMap<>();
        offer.put("@type", "AggregateOffer");
        offer.put("priceCurrency", "CNY");
        offer.put("lowPrice", price);
        offer.put("highPrice", yuan(product.maxPriceFen()));
        offer.put("offerCount", product.skus().size());
        offer.put("availability", "https://schema.org/" + (inStock ? "InStock" : "OutOfStock"));
        offer.put(
                "seller",
                Map.of("@type", "Organization", "name", product.merchant().storeName()));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("@context", "https://schema.org");
        data.put("@type", "Product");
        data.put("name", product.title());
        data.put("description", shorten(text.isBlank() ? summary : text, 500));
        data.put("image", List.of(imageUrl));
        data.put(
                "sku", product.skus().isEmpty() ? "" : product.skus().getFirst().skuCode());
        if (product.brand() != null && !product.brand().isBlank()) {
            data.put("brand", Map.of("@type", "Brand", "name", product.brand()));
        }
        data.put("category", product.category().nameZh());
        data.put("offers", offer);
        if (product.ratingCount() > 0) {
            data.put("aggregateRating", rating(product.ratingCount(), product.ratingSum()));
        }
        Element body = new Element("div");
        body.appendElement("h1").text(product.title());
        if (product.subtitle() != null) {
            body.appendElement("p").text(product.subtitle());
        }
        body.appendElement("p").text("¥" + price + " · " + product.merchant().storeName());
        body.appendElement("p").text(shorten(text, 2_000));
        return new PageDescription(
                product.title() + " - " + product.merchant().storeName() + " | " + SITE_NAME,
                description,
                "product/" + product.id(),
                "product",
                imageUrl,
                data,
                body.html());
    }

    static PageDescription shop(MerchantSummary shop, ShopRating rating, String canonicalPath) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("@context", "https://schema.org");
        data.put("@type", "Store");
        data.put("name", shop.storeName());
        data.put("legalName", shop.companyName());
        if (rating.count() > 0) {
            data.put("aggregateRating", rating(rating.count(), rating.sum()));
        }
        Element body = new Element("div");
        body.appendElement("h1").text(shop.storeName());
        body.appendElement("p").text(shop.companyName() + " · 统一社会信用代码 " + shop.creditCode());
        return new PageDescription(
                shop.storeName() + " | " + SITE_NAME,
                shop.storeName() + "（" + shop.companyName() + "）在 Ks 下单平台的店铺：全部商品、店铺评分与资质信息。",
                canonicalPath,
                "website",
                null,
                data,
                body.html());
    }

    void writeTo(Document document, SiteSettings site) {
        String url = site.absolute(canonicalPath);
        document.title(title);
        Element head = document.head();
        head.select("meta[name=description]").remove();
        head.appendElement("meta").attr("name", "description").attr("content", description);
        head.appendElement("link").attr("rel", "canonical").attr("href", url);
        og(head, "og:site_name", SITE_NAME);
        og(head, "og:type", ogType);
        og(head, "og:title", title);
        og(head, "og:description", description);
        og(head, "og:url", url);
        og(head, "og:locale", "zh_CN");
        if (imageUrl != null) {
            og(head, "og:image", imageUrl);
        }
        if (structuredData != null) {
            Map<String, Object> data = new LinkedHashMap<>(structuredData);
            data.computeIfPresent("url", (key, value) -> url);
            if (data.get("potentialAction") instanceof Map<?, ?> action) {
                Map<Object, Object> absolute = new LinkedHashMap<>(action);
                absolute.put("target", site.absolute(String.valueOf(action.get("target"))));
                data.put("potentialAction", absolute);
            }
            // "</" inside a script element would end it early: JSON allows the escaped slash
            String json = JSON.writeValueAsString(data).replace("</", "<\\/");
            head.appendElement("script").attr("type", "application/ld+json").appendChild(new DataNode(json));
        }
        if (noscriptHtml != null) {
            document.body().prependElement("noscript").html(noscriptHtml);
        }
    }

    private static void og(Element head, String property, String content) {
        head.appendElement("meta").attr("property", property).attr("content", content);
    }

    private static Map<String, Object> rating(int count, int sum) {
        return Map.of(
                "@type",
                "AggregateRating",
                "ratingValue",
                BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 1, java.math.RoundingMode.HALF_UP),
                "reviewCount",
                count,
                "bestRating",
                5,
                "worstRating",
                1);
    }

    private static String yuan(long fen) {
        return BigDecimal.valueOf(fen, 2).toPlainString();
    }

    private static String shorten(String text, int max) {
        String flat = text.replaceAll("\\s+", " ").trim();
        return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
    }
}
