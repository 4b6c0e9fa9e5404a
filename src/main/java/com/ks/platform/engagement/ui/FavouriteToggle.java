package com.ks.platform.engagement.ui;

import com.ks.platform.identity.Roles;
import com.ks.platform.shared.CurrentActor;
import com.ks.platform.shared.DomainException;
import com.ks.platform.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * One 收藏 button, for a product or a shop: a shopper toggles it (the heart fills), a visitor is sent to a shopper-only
 * address that signs them in and leads back, other roles (merchants, staff) see no button.
 */
final class FavouriteToggle {

    /** The keys of one kind of favourite: the button's two labels and the notices after a toggle. */
    record Texts(String add, String saved, String added, String removed) {}

    static final Texts PRODUCT = new Texts("favourite.add", "favourite.saved", "favourite.added", "favourites.removed");
    static final Texts SHOP =
            new Texts("favouriteShop.add", "favouriteShop.saved", "favouriteShop.added", "favouriteShop.removed");

    private FavouriteToggle() {}

    static Button create(Texts texts, BooleanSupplier isFavourite, Toggle toggle, Consumer<Button> signIn) {
        Button button = new Button();
        button.addClassName("ks-favourite-button");
        if (CurrentActor.get().isEmpty()) {
            show(button, texts, false);
            button.addClickListener(click -> signIn.accept(button));
            return button;
        }
        if (!CurrentActor.hasRole(Roles.SHOPPER)) {
            button.setVisible(false);
            return button;
        }
        show(button, texts, isFavourite.getAsBoolean());
        button.addClickListener(click -> {
            try {
                boolean now = toggle.toggle();
                show(button, texts, now);
                Notices.success(now ? texts.added() : texts.removed());
            } catch (DomainException refused) {
                Notices.error(refused);
            }
        });
        return button;
    }

    /** Adds or removes the favourite; true when it is a favourite afterwards. */
    @FunctionalInterface
    interface Toggle {
        boolean toggle();
    }

    private static void show(Button button, Texts texts, boolean favourite) {
        button.setText(button.getTranslation(favourite ? texts.saved() : texts.add()));
        button.setIcon(favourite ? VaadinIcon.HEART.create() : VaadinIcon.HEART_O.create());
        button.getElement().setAttribute("aria-pressed", Boolean.toString(favourite));
    }
}
