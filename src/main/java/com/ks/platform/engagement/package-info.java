/** Engagement: favourites (收藏), browsing history (浏览记录), behaviour events and recommendation feedback. */
@ApplicationModule(
        allowedDependencies = {"shared", "ui", "identity", "catalog", "catalog::ui", "catalog :: search", "merchant"})
package com.ks.platform.engagement;

import org.springframework.modulith.ApplicationModule;
