package com.ks.platform.catalog.ui;

import com.ks.platform.catalog.NewProduct;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** One row per combination of spec values: SKU code, price (yuan, exact) and stock. */
class SkuMatrix extends Div {

    private final List<Row> rows = new ArrayList<>();

    SkuMatrix() {
        addClassName("ks-sku-matrix");
    }

    /** Rebuilds the rows for the given values; amounts already typed for a combination are kept. */
    void generate(List<String> first, List<String> second, String codePrefix) {
        List<Row> previous = List.copyOf(rows);
        rows.clear();
        removeAll();
        List<String> firsts = first.isEmpty() ? Collections.singletonList(null) : first;
        List<String> seconds = second.isEmpty() ? Collections.singletonList(null) : second;
        int n = 0;
        for (String a : firsts) {
            for (String b : seconds) {
                n++;
                Row row = new Row(a, b, codePrefix + "-" + n);
                previous.stream().filter(old -> old.matches(a, b)).findFirst().ifPresent(row::copyAmounts);
                rows.add(row);
                add(row);
            }
        }
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

        Row(String first, String second, String suggestedCode) {
            this.first = first;
            this.second = second;
            addClassName("ks-sku-row");
            String label = String.join(
                    " / ",
                    java.util.stream.Stream.of(first, second)
                            .filter(v -> v != null)
                            .toList());
            Span combination = new Span(label.isEmpty() ? getTranslation("editor.singleSku") : label);
            combination.addClassName("ks-sku-combination");
            code.setLabel(getTranslation("editor.skuCode"));
            code.setValue(suggestedCode);
            code.setMaxLength(40);
            price.setLabel(getTranslation("editor.price"));
            price.setPrefixComponent(new Span("¥"));
            stock.setLabel(getTranslation("editor.stock"));
            stock.setMin(0);
            stock.setStepButtonsVisible(true);
            add(combination, code, price, stock);
        }

        boolean matches(String a, String b) {
            return java.util.Objects.equals(first, a) && java.util.Objects.equals(second, b);
        }

        void copyAmounts(Row other) {
            code.setValue(other.code.getValue());
            price.setValue(other.price.getValue());
            stock.setValue(other.stock.getValue());
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
            return new NewProduct.NewSku(code.getValue().strip(), first, second, fen, units, imageRef);
        }
    }
}
