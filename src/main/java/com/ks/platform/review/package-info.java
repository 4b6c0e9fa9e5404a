/**
 * Review: buyers' reviews of their order lines (评价) with photos (晒单), one follow-up (追评) and one merchant reply;
 * rating summaries and filtered lists for the product page; ratings reach the catalog by an event. Readers mark reviews
 * 有用 and report them; compliance officers hide reported reviews with a reason.
 */
@ApplicationModule(
        allowedDependencies = {
            "shared",
            "ui",
            "identity",
            "notification",
            "merchant",
            "catalog",
            "ordering",
            "catalog :: ui"
        })
package com.ks.platform.review;

import org.springframework.modulith.ApplicationModule;
