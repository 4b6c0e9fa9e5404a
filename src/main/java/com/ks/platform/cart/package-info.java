/** Cart: shoppers' and visitors' cart lines grouped by shop, quantity rules and price/stock warnings; holds no stock. */
@ApplicationModule(allowedDependencies = {"shared", "ui", "identity", "catalog"})
package com.ks.platform.cart;

import org.springframework.modulith.ApplicationModule;
