package com.ks.platform.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;

/** The header's search box: suggestions while typing (categories, product names); Enter searches what was typed. */
public class SearchBox extends Composite<ComboBox<String>> {

    private static final int RECENT = 5;

    public SearchBox(StorefrontNavigation navigation, RecentSearches recent) {
        ComboBox<String> box = getContent();
        box.addClassName("ks-search-box");
        box.setPlaceholder(getTranslation("search.placeholder"));
        box.setAriaLabel(getTranslation("search.label"));
        box.setPrefixComponent(VaadinIcon.SEARCH.create());
        box.setAllowCustomValue(true);
        box.setClearButtonVisible(true);
        // an empty box offers the shopper's own recent searches; typing offers categories and product names
        box.setItems(query -> {
            String typed = query.getFilter().orElse("");
            var items = typed.isBlank()
                    ? (recent == null ? java.util.List.<String>of() : recent.mine(RECENT))
                    : navigation.suggestions(typed, getLocale());
            return items.stream().skip(query.getOffset()).limit(query.getLimit());
        });
        box.addCustomValueSetListener(event -> search(event.getDetail()));
        box.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                search(event.getValue());
            }
        });
    }

    private void search(String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        getUI().ifPresent(ui -> ui.navigate("search", QueryParameters.simple(Map.of("q", text.strip()))));
    }
}
