package com.ks.platform.catalog.ui;

import com.ks.platform.catalog.Category;
import com.ks.platform.catalog.NewProduct;
import com.ks.platform.catalog.ProductArt;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A product's facts: category (grouped under its parent, limited to the groups offered), title, selling point,
 * brand, the generated picture's style and the description.
 */
class ProductFactsForm extends FormLayout {

    private static final List<String> PICTURES = List.of(
            "PHONE", "LAPTOP", "AUDIO", "WATCH", "KITCHEN", "TV", "SHIRT", "SHOE", "BOTTLE", "FRUIT", "TEA", "BED",
            "BOX", "BABY", "TENT", "FITNESS", "BOOK");
    private static final String NEW_PICTURE_COLOUR = "e2491a";

    private final Select<Category> category = new Select<>();
    private final TextField title = new TextField();
    private final TextField subtitle = new TextField();
    private final TextField brand = new TextField();
    private final TextArea description = new TextArea();
    private final Select<String> picture = new Select<>();
    /** The drawings the product was saved with: kept as they are (with their colour) while the style is unchanged. */
    private List<String> savedDrawings = List.of();

    /** @param groups top-level categories whose sub-categories may be chosen */
    ProductFactsForm(List<Category> groups) {
        category.setLabel(getTranslation("editor.category"));
        category.setItemLabelGenerator(c -> c.name(getLocale()));
        setCategories(groups);
        title.setLabel(getTranslation("editor.title"));
        title.setMaxLength(120);
        subtitle.setLabel(getTranslation("editor.subtitle"));
        subtitle.setMaxLength(200);
        brand.setLabel(getTranslation("editor.brand"));
        description.setLabel(getTranslation("editor.description"));
        description.setMaxLength(20_000);
        picture.setLabel(getTranslation("editor.picture"));
        picture.setItems(PICTURES);
        picture.setItemLabelGenerator(kind -> getTranslation("art." + kind));
        picture.setValue("BOX");
        add(category, title, subtitle, brand, picture, description);
    }

    /** The sub-categories under a header per group. */
    private void setCategories(List<Category> groups) {
        List<Category> items = new ArrayList<>();
        groups.forEach(group -> items.addAll(group.children()));
        category.setItems(items);
        for (Category group : groups) {
            if (!group.children().isEmpty()) {
                Span header = new Span(group.name(getLocale()));
                header.addClassName("ks-select-group");
                category.prependComponents(group.children().getFirst(), header);
            }
        }
    }

    /** Shows a saved product's facts. */
    void fill(NewProduct product) {
        category.getListDataView()
                .getItems()
                .filter(c -> c.code().equals(product.categoryCode()))
                .findFirst()
                .ifPresent(category::setValue);
        title.setValue(product.title());
        subtitle.setValue(nonNull(product.subtitle()));
        brand.setValue(nonNull(product.brand()));
        description.setValue(nonNull(product.descriptionHtml()));
        savedDrawings = product.images();
        savedDrawings.stream()
                .findFirst()
                .flatMap(ProductArt::kind)
                .filter(PICTURES::contains)
                .ifPresent(picture::setValue);
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    /** The drawings to save: the saved ones while their style is kept, otherwise one of the chosen style. */
    List<String> drawings() {
        boolean unchanged = savedDrawings.stream()
                .findFirst()
                .flatMap(ProductArt::kind)
                .filter(kind -> kind.equals(picture.getValue()))
                .isPresent();
        return unchanged ? savedDrawings : List.of(ProductArt.ref(picture.getValue(), NEW_PICTURE_COLOUR));
    }

    String categoryCode() {
        return category.getValue() == null ? null : category.getValue().code();
    }

    String title() {
        return title.getValue();
    }

    String subtitle() {
        return subtitle.getValue();
    }

    String brand() {
        return brand.getValue();
    }

    String description() {
        return description.getValue();
    }

    /** The fields by the names the service reports errors under. */
    Map<String, HasValidation> fields() {
        return Map.of("category", category, "title", title);
    }
}
