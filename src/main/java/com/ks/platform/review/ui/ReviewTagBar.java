package com.ks.platform.review.ui;

import com.ks.platform.review.ReviewTag;
import com.ks.platform.ui.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The product's review tags as filters — 物流很快 (23), 质量好 (18) … — praise first, complaints after them in a
 * quieter style; pressing a tag shows only the reviews carrying it, pressing it again shows all.
 */
class ReviewTagBar extends Div {

    private final Map<String, Button> buttons = new LinkedHashMap<>();

    ReviewTagBar(List<ReviewTag> tags, Consumer<ReviewTag> choose) {
        addClassName("ks-review-tags");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", getTranslation("reviewTag.label"));
        tags.stream().sorted((a, b) -> Boolean.compare(b.praise(), a.praise())).forEach(tag -> {
            Button button = new Button(
                    getTranslation(
                            "reviewTag.withCount",
                            getTranslation(tag.messageKey()),
                            Formats.number(tag.count(), getLocale())),
                    click -> choose.accept(tag));
            button.addThemeVariants(ButtonVariant.LUMO_SMALL);
            button.addClassName(tag.praise() ? "ks-review-tag" : "ks-review-tag-complaint");
            button.getElement().setAttribute("aria-pressed", "false");
            buttons.put(tag.code(), button);
            add(button);
        });
    }

    /** Marks the chosen tag (null: none). */
    void select(String code) {
        buttons.forEach((c, button) -> {
            boolean chosen = c.equals(code);
            button.getElement().setAttribute("aria-pressed", Boolean.toString(chosen));
            button.setClassName("ks-review-tag-selected", chosen);
        });
    }
}
