package com.ks.platform.web.seo;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The address people open the platform at: canonical URLs, Open Graph URLs and the sitemap name it, never the request's
 * Host header (which a client chooses).
 */
@ConfigurationProperties(prefix = "ks.site")
public record SiteSettings(URI publicUrl) {

    public SiteSettings {
        if (publicUrl == null) {
            publicUrl = URI.create("http://localhost:8080/");
        }
        String text = publicUrl.toString();
        if (!text.endsWith("/")) {
            publicUrl = URI.create(text + "/");
        }
    }

    /** The absolute address of an app path such as {@code product/…} (no leading slash). */
    public String absolute(String path) {
        // concatenated, not URI.resolve: a URL template such as search?q={search_term_string} is not a valid URI
        return publicUrl + (path.startsWith("/") ? path.substring(1) : path);
    }
}
