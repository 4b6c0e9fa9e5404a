package com.ks.platform.ui;

import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;

/** Two-level category navigation: top categories open their sub-categories (hover on desktop, tap on phones). */
class CategoryMenu extends Nav {

    CategoryMenu(List<StorefrontNavigation.NavCategory> categories) {
        addClassName("ks-category-nav");
        getElement().setAttribute("aria-label", getTranslation("nav.categories"));
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY, MenuBarVariant.LUMO_SMALL);
        menu.setOpenOnHover(true);
        for (var category : categories) {
            var item = menu.addItem(category.name());
            var sub = item.getSubMenu();
            sub.addItem(getTranslation("nav.allIn", category.name()), click -> open(category.code()));
            for (var child : category.children()) {
                sub.addItem(child.name(), click -> open(child.code()));
            }
        }
        add(menu);
    }

    private void open(String code) {
        getUI().ifPresent(ui -> ui.navigate("search", QueryParameters.simple(Map.of("category", code))));
    }
}
