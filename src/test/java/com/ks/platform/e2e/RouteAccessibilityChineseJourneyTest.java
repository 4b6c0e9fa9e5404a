package com.ks.platform.e2e;

/** Every route scanned by axe-core in Chinese, the default language. */
class RouteAccessibilityChineseJourneyTest extends RouteAccessibilityJourney {

    @Override
    String language() {
        return "zh-CN";
    }
}
