package com.ks.platform.catalog.ui;

import com.ks.platform.catalog.EditableProduct;
import com.ks.platform.catalog.NewProduct;
import com.ks.platform.catalog.ProductService;
import com.ks.platform.catalog.ReturnExclusion;
import com.ks.platform.identity.Roles;
import com.ks.platform.merchant.StaffAccess;
import com.ks.platform.merchant.StaffPermission;
import com.ks.platform.shared.DomainException;
import com.ks.platform.shared.RuleViolated;
import com.ks.platform.ui.Buttons;
import com.ks.platform.ui.FieldErrors;
import com.ks.platform.ui.Notices;
import com.ks.platform.ui.RouteObjects;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A merchant creates a product, or edits a saved one of its own (another's id is not found): facts, pictures (once
 * saved), up to two spec dimensions, the generated SKU matrix and the return policy.
 */
@Route("merchant/products/new")
@RouteAlias(ProductEditorView.EDIT_ROUTE)
@RolesAllowed(Roles.MERCHANT)
@StaffAccess(StaffPermission.PRODUCTS)
public class ProductEditorView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String EDIT_ROUTE = "merchant/products/:productId/edit";

    private final ProductService products;
    private final TextField spec1Name = new TextField();
    private final TextField spec1Values = new TextField();
    private final TextField spec2Name = new TextField();
    private final TextField spec2Values = new TextField();
    private final SkuMatrix matrix = new SkuMatrix();
    private final Div skuError = new Div();
    private final IntegerField perOrderLimit = new IntegerField();
    private final Checkbox returnable = new Checkbox();
    private final Select<ReturnExclusion> exclusion = new Select<>();
    private final Button save = new Button();
    private ProductFactsForm facts;
    private UUID productId;

    public ProductEditorView(ProductService products) {
        this.products = products;
        addClassName("ks-card");
    }

    /** Opens the editor of one of the merchant's products. */
    static void edit(UUID productId) {
        com.vaadin
                .flow
                .component
                .UI
                .getCurrent()
                .navigate(ProductEditorView.class, new RouteParameters("productId", productId.toString()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getRouteParameters().get("productId").isEmpty()) {
            build(null);
            generate();
        } else {
            RouteObjects.showOrNotFound(event, "productId", RouteObjects.orEmpty(products::editable), this::build);
        }
    }

    private void build(EditableProduct saved) {
        productId = saved == null ? null : saved.id();
        facts = new ProductFactsForm(
                products.categoryGroups(saved == null ? null : saved.product().categoryCode()));
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
        save.setText(getTranslation(saved == null ? "editor.save" : "editor.update"));
        Buttons.submitting(save, this::save);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getPageTitle()), facts, new H3(getTranslation("editor.images.heading")), pictures());
        add(
                new H3(getTranslation("editor.specs")),
                new FormLayout(spec1Name, spec1Values, spec2Name, spec2Values),
                generate,
                matrix,
                skuError,
                new H3(getTranslation("editor.policy")),
                new FormLayout(perOrderLimit, returnable, exclusion),
                save);
        if (saved != null) {
            fill(saved);
        }
    }

    private Div pictures() {
        if (productId == null) {
            Paragraph later = new Paragraph(getTranslation("editor.images.afterSave"));
            later.addClassName("ks-muted");
            return new Div(later);
        }
        SkuImagesField colourImages = new SkuImagesField(products, productId);
        return new Div(new ProductImagesField(products, productId, colourImages::refresh), colourImages);
    }

    private void fill(EditableProduct saved) {
        NewProduct p = saved.product();
        facts.fill(p);
        spec1Name.setValue(Objects.requireNonNullElse(p.spec1Name(), ""));
        spec2Name.setValue(Objects.requireNonNullElse(p.spec2Name(), ""));
        spec1Values.setValue(joined(p.skus().stream().map(NewProduct.NewSku::spec1Value)));
        spec2Values.setValue(joined(p.skus().stream().map(NewProduct.NewSku::spec2Value)));
        perOrderLimit.setValue(p.perOrderLimit());
        returnable.setValue(p.returnable7d());
        exclusion.setValue(p.returnExclusion());
        matrix.load(p.skus(), saved.retiredSkus());
        generate();
    }

    private static String joined(Stream<String> values) {
        return String.join(", ", values.filter(Objects::nonNull).distinct().toList());
    }

    private void generate() {
        String prefix = facts.title().isBlank()
                ? "SKU"
                : Integer.toHexString(facts.title().hashCode()).toUpperCase();
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
        List<String> drawings = facts.drawings();
        NewProduct product = new NewProduct(
                facts.categoryCode(),
                facts.title(),
                facts.subtitle(),
                facts.brand(),
                facts.description(),
                drawings,
                spec1Name.getValue(),
                spec2Name.getValue(),
                matrix.skus(drawings.getFirst()),
                perOrderLimit.getValue() == null ? 0 : perOrderLimit.getValue(),
                returnable.getValue(),
                exclusion.getValue(),
                true);
        try {
            if (productId == null) {
                UUID created = products.create(product);
                Notices.success("editor.saved");
                edit(created);
            } else {
                List<String> retired = products.update(productId, product);
                Notices.success("editor.updated");
                if (!retired.isEmpty()) {
                    Notices.success("editor.retired", String.join("、", retired));
                }
                getUI().ifPresent(ui -> ui.navigate(MerchantProductsView.class));
            }
        } catch (RuleViolated invalid) {
            save.setEnabled(true);
            Map<String, HasValidation> fields = new HashMap<>(facts.fields());
            fields.putAll(Map.of("perOrderLimit", perOrderLimit, "returnExclusion", exclusion));
            FieldErrors.show(invalid, fields);
            String skus = invalid.fieldErrors().get("skus");
            skuError.setText(skus == null ? "" : getTranslation(skus));
            if (invalid.fieldErrors().isEmpty()) {
                Notices.error(invalid);
            }
        } catch (DomainException refused) {
            save.setEnabled(true);
            Notices.error(refused);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation(productId == null ? "editor.heading" : "editor.heading.edit");
    }
}
