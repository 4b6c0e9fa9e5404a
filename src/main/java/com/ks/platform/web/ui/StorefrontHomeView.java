package com.ks.platform.web.ui;

import com.ks.platform.merchant.MerchantQueries;
import com.ks.platform.merchant.StoreCard;
import com.ks.platform.ui.StorefrontLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;

/** The storefront home: welcome, the platform's promises, and the shops trading here. */
@Route(value = "", layout = StorefrontLayout.class)
@AnonymousAllowed
public class StorefrontHomeView extends Div implements HasDynamicTitle {

    private static final int STORES_SHOWN = 12;

    public StorefrontHomeView(MerchantQueries merchants) {
        Div hero = new Div(new H1(getTranslation("home.hero.title")), new Paragraph(getTranslation("home.hero.text")));
        hero.addClassName("ks-hero");
        add(hero, promises(), stores(merchants.tradingStores(STORES_SHOWN)));
    }

    private Section promises() {
        Div grid = new Div();
        grid.addClassName("ks-grid");
        grid.getStyle().set("margin-top", "24px");
        for (var promise : List.of(
                new Promise(VaadinIcon.ROTATE_LEFT, "home.promise.returns"),
                new Promise(VaadinIcon.SHIELD, "home.promise.genuine"),
                new Promise(VaadinIcon.TRUCK, "home.promise.delivery"),
                new Promise(VaadinIcon.LOCK, "home.promise.privacy"))) {
            Div card = new Div();
            card.addClassName("ks-card");
            var icon = promise.icon().create();
            icon.setColor("var(--lumo-primary-color)");
            card.add(icon, new H3(getTranslation(promise.key() + ".title")), new Span(getTranslation(promise.key())));
            card.getChildren()
                    .skip(2)
                    .forEach(c -> c.getElement().getClassList().add("ks-muted"));
            grid.add(card);
        }
        return new Section(grid);
    }

    private Section stores(List<StoreCard> stores) {
        Section section = new Section(new H2(getTranslation("home.stores.title")));
        section.getStyle().set("margin-top", "32px");
        if (stores.isEmpty()) {
            section.add(new Paragraph(getTranslation("home.stores.empty")));
            return section;
        }
        Div grid = new Div();
        grid.addClassName("ks-grid");
        for (StoreCard store : stores) {
            Div card = new Div(new H3(store.storeName()));
            card.addClassName("ks-card");
            Span category = new Span(
                    getTranslation("category." + store.businessCategory().name()));
            category.addClassName("ks-status");
            card.add(category);
            grid.add(card);
        }
        section.add(grid);
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title");
    }

    private record Promise(VaadinIcon icon, String key) {}
}
