package com.ks.platform.catalog;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * A product description as merchants may format it: paragraphs, bold/italic, lists, headings, links (http, https,
 * mailto) and images served by the platform itself. Everything else — scripts, event handlers, styles,
 * {@code javascript:} URLs, images from other sites (tracking pixels) — is removed. Applied before storing and again
 * before rendering, so rows written before a rule change are safe too. jsoup's allow-list cleaner is used (already
 * on the stack, see docs/DECISIONS.md) rather than a second sanitiser library.
 */
public final class RichDescription {

    /** Image sources the platform serves: uploaded product images and the generated art. */
    private static final List<String> PLATFORM_IMAGES = List.of("/media/", "/art/", "art/", "media/");

    private static final String BASE = "https://ks.invalid/";
    private static final Safelist ALLOWED = Safelist.basic()
            .addTags("h2", "h3", "h4", "img")
            .addAttributes("img", "src", "alt", "width", "height")
            .addProtocols("img", "src", "https")
            .preserveRelativeLinks(true);

    private RichDescription() {}

    /** The safe subset of the HTML; null stays null. */
    public static String sanitise(String html) {
        if (html == null) {
            return null;
        }
        Document cleaned = Jsoup.parseBodyFragment(Jsoup.clean(html, BASE, ALLOWED));
        cleaned.select("img").forEach(img -> {
            if (PLATFORM_IMAGES.stream().noneMatch(img.attr("src")::startsWith)) {
                img.remove();
            }
        });
        cleaned.select("a[href]").attr("rel", "nofollow noopener");
        return cleaned.body().html();
    }
}
