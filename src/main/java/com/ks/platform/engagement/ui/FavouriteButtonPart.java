package com.ks.platform.engagement.ui;

import com.ks.platform.engagement.FavouriteService;
import com.ks.platform.identity.Roles;
import com.ks.platform.shared.CurrentActor;
import com.ks.platform.shared.DomainException;
import com.ks.platform.ui.Notices;
import com.ks.platform.ui.ProductPagePart;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.UUID;

/**
 * 收藏 beside the buying panel. A shopper toggles it; a visitor is sent to sign in and comes back to the product
 * (through {@link FavouriteSignInView}); other roles (merchants, staff) see no button.
 */
@org.springframework.stereotype.Component
class FavouriteButtonPart implements ProductPagePart {

    private final FavouriteService favourites;

    FavouriteButtonPart(FavouriteService favourites) {
        this.favourites = favourites;
    }

    @Override
    public Place place() {
        return Place.BESIDE_BUYING;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Component create(UUID productId) {
        Button button = new Button();
        button.addClassName("ks-favourite-button");
        if (CurrentActor.get().isEmpty()) {
            button.setText(button.getTranslation("favourite.add"));
            button.setIcon(VaadinIcon.HEART_O.create());
            button.addClickListener(click -> button.getUI()
                    .ifPresent(
                            ui -> ui.navigate(FavouriteSignInView.class, FavouriteSignInView.parameters(productId))));
            return button;
        }
        if (!CurrentActor.hasRole(Roles.SHOPPER)) {
            button.setVisible(false);
            return button;
        }
        show(button, favourites.isFavourite(productId));
        button.addClickListener(click -> {
            try {
                boolean now = favourites.toggle(productId);
                show(button, now);
                Notices.success(now ? "favourite.added" : "favourites.removed");
            } catch (DomainException refused) {
                Notices.error(refused);
            }
        });
        return button;
    }

    private static void show(Button button, boolean favourite) {
        button.setText(button.getTranslation(favourite ? "favourite.saved" : "favourite.add"));
        button.setIcon(favourite ? VaadinIcon.HEART.create() : VaadinIcon.HEART_O.create());
        button.getElement().setAttribute("aria-pressed", Boolean.toString(favourite));
    }
}
