package com.ks.platform.catalog.ui;

import com.ks.platform.catalog.NewProduct;
import com.ks.platform.catalog.ProductArt;
import com.ks.platform.catalog.ProductService;
import com.ks.platform.shared.DomainException;
import com.ks.platform.ui.Notices;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One row per value of a saved product's first spec (a colour: its picture is the picture of every SKU of that
 * colour, whatever the size) with a thumbnail chooser among the product's uploaded pictures ("use the cover" first).
 * Each choice goes straight to the service, which checks that the picture is this product's.
 */
class SkuImagesField extends Div {

    /** The chooser's "no picture of its own" entry: a Select cannot render a null item. */
    private static final String COVER = "";

    private final ProductService products;
    private final UUID productId;
    private final Div rows = new Div();
    private final Paragraph hint = new Paragraph();

    SkuImagesField(ProductService products, UUID productId) {
        this.products = products;
        this.productId = productId;
        addClassName("ks-sku-images");
        hint.addClassName("ks-muted");
        add(new H3(getTranslation("editor.skuImages.heading")), hint, rows);
        refresh();
    }

    /** Reads the pictures and SKUs again (after an upload or removal, a removed picture is no SKU's any more). */
    void refresh() {
        List<String> uploads = products.myImages(productId);
        rows.removeAll();
        hint.setText(getTranslation(uploads.isEmpty() ? "editor.skuImages.noUploads" : "editor.skuImages.help"));
        if (uploads.isEmpty()) {
            return;
        }
        Map<String, String> pictureOfColour = new LinkedHashMap<>();
        for (NewProduct.NewSku sku : products.editable(productId).product().skus()) {
            pictureOfColour.putIfAbsent(nonNull(sku.spec1Value()), sku.imageRef());
        }
        pictureOfColour.forEach((colour, picture) -> rows.add(row(colour, picture, uploads)));
    }

    private Div row(String colour, String picture, List<String> uploads) {
        List<String> choices = new ArrayList<>();
        choices.add(COVER);
        choices.addAll(uploads);
        Select<String> chooser = new Select<>();
        chooser.setLabel(colour.isEmpty() ? getTranslation("editor.skuImages.single") : colour);
        chooser.setItems(choices);
        chooser.setItemLabelGenerator(ref -> label(ref, uploads));
        chooser.setRenderer(new ComponentRenderer<>(ref -> option(ref, uploads)));
        chooser.setValue(uploads.contains(picture) ? picture : COVER);
        chooser.addValueChangeListener(change -> choose(colour, change.getValue()));
        Div row = new Div(thumbnail(chooser.getValue(), uploads), chooser);
        row.addClassName("ks-sku-image-row");
        return row;
    }

    private static String nonNull(String value) {
        return value == null ? COVER : value;
    }

    private void choose(String colour, String ref) {
        try {
            products.setColourImage(
                    productId, colour.isEmpty() ? null : colour, COVER.equals(ref) || ref == null ? null : ref);
            Notices.success("editor.skuImages.saved");
        } catch (DomainException refused) {
            Notices.error(refused);
        }
        refresh();
    }

    private Div option(String ref, List<String> uploads) {
        Div option = new Div(thumbnail(ref, uploads), new Span(label(ref, uploads)));
        option.addClassName("ks-sku-image-option");
        return option;
    }

    private Image thumbnail(String ref, List<String> uploads) {
        String shown = COVER.equals(ref) ? uploads.getFirst() : ref;
        Image image = new Image(ProductArt.url(shown, ""), "");
        image.addClassName("ks-sku-image-thumb");
        return image;
    }

    private String label(String ref, List<String> uploads) {
        return COVER.equals(ref)
                ? getTranslation("editor.skuImages.cover")
                : getTranslation("editor.images.number", uploads.indexOf(ref) + 1);
    }
}
