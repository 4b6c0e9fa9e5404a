package com.ks.platform.catalog.ui;

import com.ks.platform.catalog.MerchantProduct;
import com.ks.platform.catalog.ProductService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;

/** The pictures of one saved product and the picture of each SKU, opened from the merchant's product list. */
class ProductImagesDialog extends Dialog {

    ProductImagesDialog(ProductService products, MerchantProduct product, Runnable onClose) {
        setHeaderTitle(getTranslation("editor.images.heading") + " · " + product.title());
        SkuImagesField skuImages = new SkuImagesField(products, product.id());
        add(new ProductImagesField(products, product.id(), skuImages::refresh), skuImages);
        getFooter().add(new Button(getTranslation("editor.images.close"), click -> close()));
        addOpenedChangeListener(change -> {
            if (!change.isOpened()) {
                onClose.run();
            }
        });
        setWidth("min(720px, 95vw)");
    }
}
