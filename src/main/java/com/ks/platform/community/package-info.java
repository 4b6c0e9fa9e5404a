/**
 * Community (用户社区): shoppers' posts with text, photos, topics (#话题) and an optional product, comments, likes and
 * follows, a feed on the storefront; 问大家 on the product page, answered by the product's buyers; reports of any of it,
 * decided by admins who hide content with a reason the author is told.
 */
@ApplicationModule(
        allowedDependencies = {"shared", "ui", "identity", "notification", "catalog", "ordering", "catalog :: ui"})
package com.ks.platform.community;

import org.springframework.modulith.ApplicationModule;
