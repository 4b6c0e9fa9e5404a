package com.ks.platform.catalog.ui;

import com.ks.platform.catalog.Category;
import com.ks.platform.catalog.NewProduct;
import com.ks.platform.catalog.ProductArt;
import com.ks.platform.catalog.ProductService;
import com.ks.platform.catalog.ReturnExclusion;
import com.ks.platform.identity.Roles;
import com.ks.platform.merchant.StaffAccess;
import com.ks.platform.merchant.StaffPermission;
import com.ks.platform.shared.DomainException;
import com.ks.platform.shared.RuleViolated;
import com.ks.platform.ui.FieldErrors;
import com.ks.platform.ui.Notices;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** A merchant creates a product: facts, up to two spec dimensions, the generated SKU matrix, return policy. */
@Route("merchant/products/new")
@RolesAllowed(Roles.MERCHANT)
@StaffAccess(StaffPermission.PRODUCTS)
public class ProductEditorView extends Div implements HasDynamicTitle {

    private static final List<String> PICTURES = List.of(
            "PHONE", "LAPTOP", "AUDIO", "WATCH", "KITCHEN", "TV", "SHIRT", "SHOE", "BOTTLE", "FRUIT", "TEA", "BED",
            "BOX", "BABY", "TENT", "FITNESS", "BOOK");

    private final ProductService products;
    private final Select<Category> category = new Select<>();
    private final TextField title = new TextField();
    private final TextField subtitle = new TextField();
    private final TextField brand = new TextField();
    private final TextArea description = new TextArea();
    private final Select<String> picture = new Select<>();
    private final TextField spec1Name = new TextField();
    private final TextField spec1Values = new TextField();
    private final TextField spec2Name = new TextField();
    private final TextField spec2Values = new TextField();
    private final SkuMatrix matrix = new SkuMatrix();
    private final Div skuError = new Div();
    private final IntegerField perOrderLimit = new IntegerField();
    private final Checkbox returnable = new Checkbox();
    private final Select<ReturnExclusion> exclusion = new Select<>();

    public ProductEditorView(ProductService products) {
        this.products = products;
        addClassName("ks-card");
        category.setLabel(getTranslation("editor.category"));
        category.setItems(products.leafCategories());
        category.setItemLabelGenerator(c -> c.name(getLocale()));
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
        picture.setHelperText(getTranslation("editor.images.afterSave"));
        spec1Name.setLabel(getTranslation("editor.spec1Name"));
        spec1Values.setLabel(getTranslation("editor.specValues"));
        spec2Name.setLabel(getTranslation("editor.spec2Name"));
        spec2Values.setLabel(getTranslation("editor.specValues"));
        spec1Values.setHelperText(getTranslation("editor.specValues.help"));
        Button generate = new Button(getTranslation("editor.generate"), click -> generate());
        perOrderLimit.setLabel(getTranslation("editor.perOrderLimit"));
        perOrderLimit.setMin(1);
        perOrderLimit.setMax(999);
        perOrderLimit.setValue(5);
        returnable.setLabel(getTranslation("returns.eligible"));
        returnable.setValue(true);
        exclusion.setLabel(getTranslation("editor.exclusion"));
        exclusion.setItems(ReturnExclusion.values());
        exclusion.setItemLabelGenerator(r -> getTranslation("returns.reason." + r.name()));
        exclusion.setEnabled(false);
        returnable.addValueChangeListener(change -> exclusion.setEnabled(!change.getValue()));
        skuError.addClassName("ks-field-error");
        FormLayout facts = new FormLayout(category, title, subtitle, brand, picture, description);
        FormLayout specs = new FormLayout(spec1Name, spec1Values, spec2Name, spec2Values);
        FormLayout policy = new FormLayout(perOrderLimit, returnable, exclusion);
        Button save = new Button(getTranslation("editor.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        add(
                new H2(getTranslation("editor.heading")),
                facts,
                new H3(getTranslation("editor.specs")),
                specs,
                generate,
                matrix,
                skuError,
                new H3(getTranslation("editor.policy")),
                policy,
                save);
        generate();
    }

    private void generate() {
        String prefix = title.getValue().isBlank()
                ? "SKU"
                : Integer.toHexString(title.getValue().hashCode()).toUpperCase();
        matrix.generate(values(spec1Values), values(spec2Values), prefix);
    }

    private static List<String> values(TextField field) {
        return Arrays.stream(field.getValue().split("[,，、]"))
                .map(String::strip)
                .filter(v -> !v.isEmpty())
                .distinct()
                .toList();
    }

    private void save() {
        String image = ProductArt.ref(picture.getValue(), "e2491a");
        NewProduct product = new NewProduct(
                category.getValue() == null ? null : category.getValue().code(),
                title.getValue(),
                subtitle.getValue(),
                brand.getValue(),
                description.getValue(),
                List.of(image),
                spec1Name.getValue(),
                spec2Name.getValue(),
                matrix.skus(image),
                perOrderLimit.getValue() == null ? 0 : perOrderLimit.getValue(),
                returnable.getValue(),
                exclusion.getValue(),
                true);
        try {
            products.create(product);
            Notices.success("editor.saved");
            getUI().ifPresent(ui -> ui.navigate(MerchantProductsView.class));
        } catch (RuleViolated invalid) {
            Map<String, HasValidation> fields = Map.of(
                    "category", category, "title", title, "perOrderLimit", perOrderLimit, "returnExclusion", exclusion);
            FieldErrors.show(invalid, fields);
            skuError.setText(
                    invalid.fieldErrors().containsKey("skus")
                            ? getTranslation(invalid.fieldErrors().get("skus"))
                            : "");
            if (invalid.fieldErrors().isEmpty()) {
                Notices.error(invalid);
            }
        } catch (DomainException refused) {
            Notices.error(refused);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("editor.heading");
    }
}
