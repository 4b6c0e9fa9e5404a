package com.ks.platform.catalog.ui;

import com.ks.platform.catalog.ProductCard;
import com.ks.platform.catalog.Recommendations;
import com.ks.platform.shared.BehaviourEvent.Feedback;
import com.ks.platform.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import java.util.List;

/** "为你推荐" with feedback on every card; "not interested" takes the card away at once. */
class RecommendedStrip extends Section {

    private static final int SHOWN = 5;

    private final Recommendations recommendations;
    private final Div grid = new Div();

    RecommendedStrip(Recommendations recommendations) {
        this.recommendations = recommendations;
        addClassName("ks-home-section");
        grid.addClassName("ks-product-grid");
        add(new H2(getTranslation("home.recommended.title")), grid);
        refresh();
    }

    private void refresh() {
        List<ProductCard> cards = recommendations.forCurrentShopper(SHOWN);
        setVisible(!cards.isEmpty());
        grid.removeAll();
        for (ProductCard card : cards) {
            Div holder = new Div(new ProductCardView(card, getLocale()), feedbackRow(card));
            holder.addClassName("ks-recommended");
            grid.add(holder);
        }
    }

    private Div feedbackRow(ProductCard card) {
        Div row = new Div();
        row.addClassName("ks-feedback");
        for (Feedback verdict : Feedback.values()) {
            Button button = new Button(getTranslation("recommend." + verdict.name()), click -> {
                recommendations.feedback(card.id(), verdict);
                Notices.success("recommend.thanks");
                if (verdict != Feedback.INTERESTED) {
                    refresh();
                }
            });
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            button.getElement()
                    .setAttribute("aria-label", getTranslation("recommend." + verdict.name()) + "：" + card.title());
            row.add(button);
        }
        return row;
    }
}
