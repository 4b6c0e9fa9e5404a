package com.ks.platform.engagement.ui;

import com.ks.platform.engagement.FavouriteService;
import com.ks.platform.identity.Roles;
import com.ks.platform.shared.CurrentActor;
import com.ks.platform.shared.DomainException;
import com.ks.platform.ui.Notices;
import com.ks.platform.ui.ProductCardFavourite;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The heart on a product card: a shopper toggles the favourite without leaving the list; a visitor is led to sign in
 * and on to the product (through {@link FavouriteSignInView}); other roles get no heart.
 */
@org.springframework.stereotype.Component
class ProductCardHearts implements ProductCardFavourite {

    private final FavouriteService favourites;

    ProductCardHearts(FavouriteService favourites) {
        this.favourites = favourites;
    }

    @Override
    public Function<UUID, Component> hearts(Collection<UUID> productIds) {
        if (CurrentActor.get().isEmpty()) {
            return productId -> heart(
                    false,
                    button -> button.getUI()
                            .ifPresent(ui ->
                                    ui.navigate(FavouriteSignInView.class, FavouriteSignInView.parameters(productId))));
        }
        if (!CurrentActor.hasRole(Roles.SHOPPER)) {
            return productId -> null;
        }
        Set<UUID> saved = favourites.favouritesAmong(productIds);
        return productId -> heart(saved.contains(productId), button -> {
            try {
                boolean now = favourites.toggle(productId);
                show(button, now);
                Notices.success(now ? "favourite.added" : "favourites.removed");
            } catch (DomainException refused) {
                Notices.error(refused);
            }
        });
    }

    private static Button heart(boolean favourite, Consumer<Button> onClick) {
        Button button = new Button();
        button.addThemeVariants(ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        button.addClassName("ks-card-favourite");
        show(button, favourite);
        button.addClickListener(click -> onClick.accept(button));
        return button;
    }

    private static void show(Button button, boolean favourite) {
        button.setIcon(favourite ? VaadinIcon.HEART.create() : VaadinIcon.HEART_O.create());
        button.setAriaLabel(button.getTranslation(favourite ? "favourite.saved" : "favourite.add"));
        button.getElement().setAttribute("aria-pressed", Boolean.toString(favourite));
        button.setClassName("ks-card-favourite-saved", favourite);
    }
}
