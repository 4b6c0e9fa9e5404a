package com.ks.platform.web.seo;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Crawlers may read the storefront; the consoles, a person's pages and the API are not for them. */
@RestController
class RobotsController {

    private static final String[] PRIVATE = {
        "/account/",
        "/orders",
        "/cart",
        "/checkout",
        "/pay/",
        "/sandbox-pay/",
        "/after-sales",
        "/merchant",
        "/workbench",
        "/compliance",
        "/admin",
        "/api/",
        "/login",
        "/help/contact"
    };

    private final SiteSettings site;

    RobotsController(SiteSettings site) {
        this.site = site;
    }

    @GetMapping(value = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
    String robots() {
        StringBuilder text = new StringBuilder("User-agent: *\nAllow: /\n");
        for (String path : PRIVATE) {
            text.append("Disallow: ").append(path).append('\n');
        }
        return text.append("Sitemap: ")
                .append(site.absolute("sitemap.xml"))
                .append('\n')
                .toString();
    }
}
