/** Catalog: categories, products with spec dimensions and SKUs, stock, product art, and the search index. */
@ApplicationModule(allowedDependencies = {"shared", "ui", "identity", "merchant"})
package com.ks.platform.catalog;

import org.springframework.modulith.ApplicationModule;
