package com.ks.platform.catalog.ui;

import com.ks.platform.catalog.MerchantProduct;
import com.ks.platform.catalog.ProductService;
import com.ks.platform.catalog.Sku;
import com.ks.platform.catalog.StockAdjustment;
import com.ks.platform.catalog.StockAdjustmentReason;
import com.ks.platform.shared.DomainException;
import com.ks.platform.shared.RuleViolated;
import com.ks.platform.ui.FieldErrors;
import com.ks.platform.ui.Formats;
import com.ks.platform.ui.Notices;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** 库存调整: the product's SKUs with their stock, a form for one change (delta, reason, note) and the paged history. */
class StockAdjustDialog extends Dialog {

    private final ProductService products;
    private final MerchantProduct product;
    private final Runnable onChanged;
    private final Grid<Sku> skus = new Grid<>();
    private final Select<Sku> sku = new Select<>();
    private final IntegerField delta = new IntegerField();
    private final Select<StockAdjustmentReason> reason = new Select<>();
    private final TextField note = new TextField();
    private final Grid<StockAdjustment> history = new Grid<>();

    StockAdjustDialog(ProductService products, MerchantProduct product, Runnable onChanged) {
        this.products = products;
        this.product = product;
        this.onChanged = onChanged;
        setHeaderTitle(getTranslation("merchantProducts.stockAdjust.heading", product.title()));
        setWidth("min(960px, 100vw)");

        skus.addColumn(StockAdjustDialog::label)
                .setHeader(getTranslation("merchantProducts.stockAdjust.sku"))
                .setFlexGrow(2);
        skus.addColumn(s -> Formats.number(s.stock(), getLocale()))
                .setHeader(getTranslation("merchantProducts.stockAdjust.current"));
        skus.setAllRowsVisible(true);
        skus.addSelectionListener(selected -> selected.getFirstSelectedItem().ifPresent(sku::setValue));

        sku.setLabel(getTranslation("merchantProducts.stockAdjust.sku"));
        sku.setItemLabelGenerator(StockAdjustDialog::label);
        delta.setLabel(getTranslation("merchantProducts.stockAdjust.delta"));
        delta.setHelperText(getTranslation("merchantProducts.stockAdjust.delta.help"));
        delta.setStepButtonsVisible(true);
        reason.setLabel(getTranslation("merchantProducts.stockAdjust.reason"));
        reason.setItems(StockAdjustmentReason.manual());
        reason.setItemLabelGenerator(r -> getTranslation("merchantProducts.stockAdjust.reason." + r.name()));
        reason.setValue(StockAdjustmentReason.RESTOCK);
        note.setLabel(getTranslation("merchantProducts.stockAdjust.note"));
        note.setMaxLength(200);
        Button apply = new Button(getTranslation("merchantProducts.stockAdjust.apply"), click -> apply());
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(sku, delta, reason, note);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("560px", 4));

        history.addColumn(a -> Formats.dateTime(a.adjustedAt(), getLocale()))
                .setHeader(getTranslation("merchantProducts.stockAdjust.when"))
                .setAutoWidth(true);
        history.addColumn(a -> a.skuCode()).setHeader(getTranslation("merchantProducts.stockAdjust.sku"));
        history.addColumn(a -> (a.delta() > 0 ? "+" : "") + a.delta())
                .setHeader(getTranslation("merchantProducts.stockAdjust.delta"));
        history.addColumn(StockAdjustment::stockAfter).setHeader(getTranslation("merchantProducts.stockAdjust.after"));
        history.addColumn(a -> getTranslation("merchantProducts.stockAdjust.reason."
                                + a.reason().name())
                        + (a.note() == null ? "" : "：" + a.note()))
                .setHeader(getTranslation("merchantProducts.stockAdjust.reason"))
                .setFlexGrow(2);
        history.addColumn(StockAdjustment::actorLabel).setHeader(getTranslation("merchantProducts.stockAdjust.who"));
        history.setItems(
                query -> products.stockHistory(product.id(), query.getOffset(), query.getLimit()).stream(),
                query -> products.countStockHistory(product.id()));
        history.setId("stock-history");
        history.setHeight("260px");

        Button close = new Button(getTranslation("merchantProducts.stockAdjust.close"), click -> close());
        getFooter().add(close);
        add(skus, form, apply, new H3(getTranslation("merchantProducts.stockAdjust.history")), history);
        refreshSkus();
    }

    private void refreshSkus() {
        var current = products.mySkus(product.id());
        skus.setItems(current);
        Sku chosen = sku.getValue();
        sku.setItems(current);
        sku.setValue(current.stream()
                .filter(s -> chosen != null && s.id().equals(chosen.id()))
                .findFirst()
                .orElse(current.isEmpty() ? null : current.getFirst()));
    }

    private void apply() {
        Map<String, HasValidation> fields = Map.of("delta", delta, "reason", reason, "note", note, "sku", sku);
        try {
            if (sku.getValue() == null) {
                FieldErrors.show(Map.of("sku", "error.sku.notFound"), fields);
                return;
            }
            int after = products.adjustStock(
                    sku.getValue().id(),
                    delta.getValue() == null ? 0 : delta.getValue(),
                    reason.getValue(),
                    note.getValue());
            FieldErrors.show(Map.of(), fields);
            Notices.success("merchantProducts.stockAdjust.done", sku.getValue().skuCode(), after);
            delta.clear();
            note.clear();
            refreshSkus();
            history.getDataProvider().refreshAll();
            onChanged.run();
        } catch (RuleViolated refused) {
            if (!FieldErrors.show(refused, fields)) {
                Notices.error(refused);
            }
        } catch (DomainException refused) {
            Notices.error(refused);
        }
    }

    static String label(Sku sku) {
        String specs = Stream.of(sku.spec1Value(), sku.spec2Value())
                .filter(v -> v != null && !v.isBlank())
                .collect(Collectors.joining(" / "));
        return specs.isEmpty() ? sku.skuCode() : sku.skuCode() + " · " + specs;
    }
}
