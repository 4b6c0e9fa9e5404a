package com.ks.platform.web.seo;

import com.ks.platform.catalog.CatalogQueries;
import com.ks.platform.catalog.Category;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The sitemap (sitemaps.org 0.9): an index naming one file of pages (home, categories, shops) and as many files of
 * products as it takes, each under the protocol's 50 000-address limit. Only what a visitor can open is listed.
 */
@RestController
class SitemapController {

    static final int PRODUCTS_PER_FILE = 10_000;
    private static final String XML = MediaType.APPLICATION_XML_VALUE + ";charset=UTF-8";
    private static final DateTimeFormatter W3C_DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private final CatalogQueries catalog;
    private final SiteSettings site;

    SitemapController(CatalogQueries catalog, SiteSettings site) {
        this.catalog = catalog;
        this.site = site;
    }

    @GetMapping(value = "/sitemap.xml", produces = XML)
    String index() {
        int files = Math.max(1, (catalog.listedCount() + PRODUCTS_PER_FILE - 1) / PRODUCTS_PER_FILE);
        StringBuilder xml = new StringBuilder(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        sitemap(xml, "sitemap-pages.xml");
        for (int file = 1; file <= files; file++) {
            sitemap(xml, "sitemap-products-" + file + ".xml");
        }
        return xml.append("</sitemapindex>\n").toString();
    }

    @GetMapping(value = "/sitemap-pages.xml", produces = XML)
    String pages() {
        List<String> paths = new ArrayList<>(List.of(""));
        categories(catalog.categoryTree(), paths);
        for (UUID shop : catalog.shopsWithProducts()) {
            paths.add("shop/" + shop);
        }
        StringBuilder xml = urlset();
        paths.forEach(path -> url(xml, path, null));
        return xml.append("</urlset>\n").toString();
    }

    @GetMapping(value = "/sitemap-products-{file}.xml", produces = XML)
    String products(@PathVariable int file) {
        if (file < 1 || (long) (file - 1) * PRODUCTS_PER_FILE >= Math.max(1, catalog.listedCount())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        StringBuilder xml = urlset();
        for (var product : catalog.listed((file - 1) * PRODUCTS_PER_FILE, PRODUCTS_PER_FILE)) {
            url(xml, "product/" + product.id(), W3C_DATE.format(product.updatedAt()));
        }
        return xml.append("</urlset>\n").toString();
    }

    private static void categories(List<Category> level, List<String> paths) {
        for (Category category : level) {
            paths.add("search?category=" + category.code());
            categories(category.children(), paths);
        }
    }

    private static StringBuilder urlset() {
        return new StringBuilder(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    }

    private void sitemap(StringBuilder xml, String path) {
        xml.append("  <sitemap><loc>").append(escape(site.absolute(path))).append("</loc></sitemap>\n");
    }

    private void url(StringBuilder xml, String path, String lastModified) {
        xml.append("  <url><loc>").append(escape(site.absolute(path))).append("</loc>");
        if (lastModified != null) {
            xml.append("<lastmod>").append(lastModified).append("</lastmod>");
        }
        xml.append("</url>\n");
    }

    /** XML text escaping (category codes are the only caller-independent text; UUIDs and the base URL need only &). */
    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
