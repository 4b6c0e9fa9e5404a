/** Storefront views of the catalog; the product card and grid are shared with other modules' listings. */
@NamedInterface("ui")
package com.ks.platform.catalog.ui;

import org.springframework.modulith.NamedInterface;
