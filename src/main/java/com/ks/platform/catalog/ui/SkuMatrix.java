package com.ks.platform.catalog.ui;

import com.ks.platform.catalog.NewProduct;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One row per combination of spec values: SKU code, price (yuan, exact) and stock, under one header row; each input
 * is named after its row ("红色 / M 价格") for screen readers. A "set all" bar fills every row's price or stock. When
 * editing, the saved SKUs fill their rows again, and the combinations that would go off sale are listed.
 */
class SkuMatrix extends Div {

    private final List<Row> rows = new ArrayList<>();
    private final Div body = new Div();
    private final Div retiring = new Div();
    private final BigDecimalField allPrices = new BigDecimalField();
    private final IntegerField allStock = new IntegerField();
    /** The saved SKUs (those taken off sale too) a generated row takes its code, price and stock from. */
    private List<NewProduct.NewSku> saved = List.of();

    private List<NewProduct.NewSku> onSale = List.of();

    SkuMatrix() {
        addClassName("ks-sku-matrix");
        allPrices.setLabel(getTranslation("editor.setAll.price"));
        allPrices.setPrefixComponent(new Span("¥"));
        allStock.setLabel(getTranslation("editor.setAll.stock"));
        allStock.setMin(0);
        Button apply = new Button(getTranslation("editor.setAll"), click -> setAll());
        Div bar = new Div(allPrices, allStock, apply);
        bar.addClassName("ks-sku-set-all");
        Div header = new Div(
                header("editor.skuCombination"),
                header("editor.skuCode"),
                header("editor.price"),
                header("editor.stock"));
        header.addClassNames("ks-sku-row", "ks-sku-header");
        header.getElement().setAttribute("aria-hidden", "true");
        retiring.addClassName("ks-sku-retiring");
        retiring.setVisible(false);
        add(bar, header, body, retiring);
    }

    private Span header(String key) {
        return new Span(getTranslation(key));
    }

    /** The saved SKUs of the product being edited, on sale and off; rows are then generated from their values. */
    void load(List<NewProduct.NewSku> onSale, List<NewProduct.NewSku> retired) {
        this.onSale = List.copyOf(onSale);
        List<NewProduct.NewSku> all = new ArrayList<>(onSale);
        all.addAll(retired);
        this.saved = all;
    }

    /**
     * Rebuilds the rows for the given values. A combination keeps what was typed for it, or else what was saved for
     * it; a new one gets a code no saved SKU uses.
     */
    void generate(List<String> first, List<String> second, String codePrefix) {
        List<Row> previous = List.copyOf(rows);
        rows.clear();
        body.removeAll();
        Set<String> codes = new HashSet<>();
        saved.forEach(sku -> codes.add(sku.skuCode()));
        List<String> firsts = first.isEmpty() ? Collections.singletonList(null) : first;
        List<String> seconds = second.isEmpty() ? Collections.singletonList(null) : second;
        int n = 0;
        for (String a : firsts) {
            for (String b : seconds) {
                Row row = new Row(a, b);
                var typed = previous.stream().filter(old -> old.matches(a, b)).findFirst();
                var stored = saved.stream()
                        .filter(sku -> Objects.equals(sku.spec1Value(), a) && Objects.equals(sku.spec2Value(), b))
                        .findFirst();
                if (typed.isPresent()) {
                    row.copyFrom(typed.get());
                } else if (stored.isPresent()) {
                    row.fill(stored.get());
                } else {
                    do {
                        n++;
                    } while (codes.contains(codePrefix + "-" + n));
                    row.code.setValue(codePrefix + "-" + n);
                }
                codes.add(row.code.getValue());
                rows.add(row);
                body.add(row);
            }
        }
        showRetiring();
    }

    /** Saved combinations that are no longer in the matrix go off sale when saved: say so before the merchant saves. */
    private void showRetiring() {
        List<String> gone = onSale.stream()
                .filter(sku -> rows.stream().noneMatch(row -> row.matches(sku.spec1Value(), sku.spec2Value())))
                .map(NewProduct.NewSku::specLabel)
                .toList();
        retiring.setVisible(!gone.isEmpty());
        retiring.setText(gone.isEmpty() ? "" : getTranslation("editor.retiring", String.join("、", gone)));
    }

    private void setAll() {
        rows.forEach(row -> {
            if (allPrices.getValue() != null) {
                row.price.setValue(allPrices.getValue());
            }
            if (allStock.getValue() != null) {
                row.stock.setValue(allStock.getValue());
            }
        });
    }

    /** The rows as typed; a missing amount becomes an invalid value that the service refuses with its message. */
    List<NewProduct.NewSku> skus(String imageRef) {
        return rows.stream().map(row -> row.toSku(imageRef)).toList();
    }

    int size() {
        return rows.size();
    }

    private final class Row extends Div {

        private final String first;
        private final String second;
        private final TextField code = new TextField();
        private final BigDecimalField price = new BigDecimalField();
        private final IntegerField stock = new IntegerField();
        private Integer stockSeen;

        Row(String first, String second) {
            this.first = first;
            this.second = second;
            addClassName("ks-sku-row");
            String label = NewProduct.specLabel(first, second);
            String name = label.isEmpty() ? getTranslation("editor.singleSku") : label;
            Span combination = new Span(name);
            combination.addClassName("ks-sku-combination");
            code.setAriaLabel(getTranslation("editor.sku.codeFor", name));
            code.setMaxLength(40);
            price.setAriaLabel(getTranslation("editor.sku.priceFor", name));
            price.setPrefixComponent(new Span("¥"));
            stock.setAriaLabel(getTranslation("editor.sku.stockFor", name));
            stock.setMin(0);
            stock.setStepButtonsVisible(true);
            add(combination, code, price, stock);
        }

        boolean matches(String a, String b) {
            return Objects.equals(first, a) && Objects.equals(second, b);
        }

        void copyFrom(Row other) {
            code.setValue(other.code.getValue());
            price.setValue(other.price.getValue());
            stock.setValue(other.stock.getValue());
            stockSeen = other.stockSeen;
        }

        void fill(NewProduct.NewSku sku) {
            code.setValue(sku.skuCode());
            price.setValue(BigDecimal.valueOf(sku.priceFen(), 2));
            stock.setValue(sku.stock());
            stockSeen = sku.stockSeen();
        }

        NewProduct.NewSku toSku(String imageRef) {
            BigDecimal yuan = price.getValue();
            long fen;
            try {
                fen = yuan == null
                        ? 0
                        : yuan.setScale(2, RoundingMode.HALF_UP)
                                .movePointRight(2)
                                .longValueExact();
            } catch (ArithmeticException tooLarge) {
                fen = Long.MAX_VALUE;
            }
            int units = stock.getValue() == null ? -1 : stock.getValue();
            return new NewProduct.NewSku(code.getValue().strip(), first, second, fen, units, imageRef, stockSeen);
        }
    }
}
