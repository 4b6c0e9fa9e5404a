/**
 * What crawlers and link previews read: per-page title, description, Open Graph and schema.org data in the first HTML
 * response, robots.txt and the sitemap.
 */
package com.ks.platform.web.seo;
