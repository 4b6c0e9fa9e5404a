package com.ks.platform.e2e;

/** Every route scanned by axe-core in English. */
class RouteAccessibilityEnglishJourneyTest extends RouteAccessibilityJourney {

    @Override
    String language() {
        return "en";
    }
}
