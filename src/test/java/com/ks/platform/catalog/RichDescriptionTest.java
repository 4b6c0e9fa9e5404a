package com.ks.platform.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RichDescriptionTest {

    @Test
    void scripts_event_handlers_and_javascript_links_are_removed() {
        String html = RichDescription.sanitise(
                "<p onclick=\"steal()\">好物</p><script>alert(1)</script>"
                        + "<img src=\"/media/products/1\" onerror=\"alert(2)\">"
                        + "<a href=\"javascript:alert(3)\">点我</a><a href=\"JaVaScRiPt:alert(4)\">再点</a>"
                        + "<div style=\"background:url(javascript:alert(5))\">样式</div><iframe src=\"https://evil.example\"></iframe>");
        assertThat(html)
                .contains("好物", "点我", "样式", "/media/products/1")
                .doesNotContainIgnoringCase("script")
                .doesNotContain("onclick", "onerror", "style", "iframe", "evil");
    }

    @Test
    void basic_formatting_headings_lists_and_web_links_survive() {
        String html = RichDescription.sanitise("<h2>参数</h2><p><b>加粗</b> <i>斜体</i> <strong>强调</strong></p>"
                + "<ul><li>一</li></ul><ol><li>二</li></ol><a href=\"https://ks.example/help\">说明</a>");
        assertThat(html)
                .contains("<h2>参数</h2>", "<b>加粗</b>", "<i>斜体</i>", "<strong>强调</strong>", "<ul>", "<ol>", "<li>一</li>")
                .contains("href=\"https://ks.example/help\"", "rel=\"nofollow noopener\"");
    }

    @Test
    void only_images_served_by_the_platform_are_kept() {
        String html =
                RichDescription.sanitise("<img src=\"/media/products/abc\" alt=\"图\"><img src=\"art/PHONE/1f2937.svg\">"
                        + "<img src=\"https://tracker.example/pixel.gif\"><img src=\"data:image/png;base64,AAAA\">"
                        + "<img src=\"javascript:alert(1)\">");
        assertThat(html)
                .contains("/media/products/abc", "art/PHONE/1f2937.svg")
                .doesNotContain("tracker", "data:", "javascript");
    }

    @Test
    void no_description_stays_none() {
        assertThat(RichDescription.sanitise(null)).isNull();
    }
}
