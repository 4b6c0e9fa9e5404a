package com.ks.platform.cart.ui;

import com.ks.platform.cart.CartDetails;
import com.ks.platform.cart.CartQueries;
import com.ks.platform.cart.CartService;
import com.ks.platform.identity.Roles;
import com.ks.platform.shared.CurrentActor;
import com.ks.platform.shared.DomainException;
import com.ks.platform.ui.Notices;
import com.ks.platform.ui.StorefrontLayout;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.UUID;

/**
 * 购物车: lines grouped by shop with a select-all per shop, quantity steppers, warnings in plain words and a sticky bar
 * with the selected total. Open to visitors (their cart lives in the session until they sign in).
 */
@Route(value = "cart", layout = StorefrontLayout.class)
@AnonymousAllowed
public class CartView extends Div implements HasDynamicTitle, CartActions {

    private final CartService cart;
    private final CartQueries queries;
    private final Span lineCount = new Span();
    private final Div shops = new Div();
    private final CartTotalBar bar = new CartTotalBar(this);

    public CartView(CartService cart, CartQueries queries) {
        this.cart = cart;
        this.queries = queries;
        addClassName("ks-cart");
        Div heading = new Div(new H1(getTranslation("cart.title")), lineCount);
        heading.addClassName("ks-cart-heading");
        lineCount.addClassName("ks-muted");
        shops.addClassName("ks-cart-shops");
        add(heading, shops, bar);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cart.title") + " · Ks 下单平台";
    }

    void refresh() {
        shops.removeAll();
        if (CurrentActor.get().isPresent() && !CurrentActor.hasRole(Roles.SHOPPER)) {
            shops.add(emptyState(getTranslation("cart.notShopper"), false));
            bar.setVisible(false);
            lineCount.setText("");
            return;
        }
        CartDetails details = queries.myCart();
        if (details.isEmpty()) {
            shops.add(emptyState(
                    getTranslation("cart.empty.hint"), CurrentActor.get().isPresent()));
            bar.setVisible(false);
            lineCount.setText("");
            return;
        }
        lineCount.setText(getTranslation("cart.lines", details.lineCount()));
        details.shops().forEach(shop -> shops.add(new CartShopSection(shop, this)));
        bar.show(details);
        bar.setVisible(true);
    }

    private Component emptyState(String hint, boolean signedIn) {
        Div empty = new Div();
        empty.addClassNames("ks-card", "ks-cart-empty");
        var icon = VaadinIcon.CART_O.create();
        icon.addClassName("ks-cart-empty-icon");
        Button home = new Button(getTranslation("cart.empty.home"), click -> navigate(""));
        home.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div actions = new Div(home);
        actions.addClassName("ks-cart-empty-actions");
        if (signedIn && CurrentActor.hasRole(Roles.SHOPPER)) {
            actions.add(new Button(getTranslation("cart.empty.favourites"), click -> navigate("account/favourites")));
        }
        empty.add(icon, new H2(getTranslation("cart.empty.title")), new Paragraph(hint), actions);
        return empty;
    }

    private void navigate(String route) {
        getUI().ifPresent(ui -> ui.navigate(route));
    }

    @Override
    public void changeQuantity(CartDetails.Line line, Integer quantity) {
        run(() -> cart.changeQuantity(line.id(), quantity == null ? 0 : quantity));
    }

    @Override
    public void remove(CartDetails.Line line) {
        if (run(() -> cart.remove(line.id()))) {
            Notices.success("cart.removed");
        }
    }

    @Override
    public void select(CartDetails.Line line, boolean selected) {
        run(() -> cart.select(line.id(), selected));
    }

    @Override
    public void selectShop(UUID merchantId, boolean selected) {
        run(() -> cart.selectMerchant(merchantId, selected));
    }

    @Override
    public void selectAll(boolean selected) {
        run(() -> cart.selectAll(selected));
    }

    /** The checkout page takes the selected lines; a visitor signs in on the way (the carts merge). */
    @Override
    public void checkout() {
        navigate("checkout");
    }

    /** Runs a command, shows a refusal in the person's language, and redraws from the server's truth either way. */
    private boolean run(Runnable command) {
        try {
            command.run();
            return true;
        } catch (DomainException refused) {
            Notices.error(refused);
            return false;
        } finally {
            refresh();
        }
    }
}
