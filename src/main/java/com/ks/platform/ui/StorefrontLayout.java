package com.ks.platform.ui;

import com.ks.platform.shared.ActorPrincipal;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Objects;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The shoppers' surface: header with logo, account menu and language; content; footer. Storefront views name it in
 * {@code @Route(layout = …)}: an automatic {@code @Layout("/")} would tie with the one-segment console prefixes
 * ({@code /merchant}, {@code /admin}) in Vaadin's layout lookup and win at random.
 */
@AnonymousAllowed
public class StorefrontLayout extends Div implements RouterLayout, AfterNavigationObserver {

    private final Main main = new Main();
    private final Span cartCount = new Span();
    private final CartBadge cartBadge;
    private final MessageBellLink messages;
    private Registration cartChanges;

    public StorefrontLayout(
            AuthenticationContext authentication,
            LanguageSelection languages,
            StorefrontNavigation navigation,
            ObjectProvider<CartBadge> cartBadge,
            ObjectProvider<RecentSearches> recentSearches,
            ObjectProvider<MessageBell> messageBell,
            ObjectProvider<FooterLink> footerLinks) {
        this.cartBadge = cartBadge.getIfAvailable();
        MessageBell bell = messageBell.getIfAvailable();
        boolean signedIn =
                authentication.getAuthenticatedUser(ActorPrincipal.class).isPresent();
        this.messages = signedIn && bell != null ? new MessageBellLink(bell) : null;
        setWidthFull();
        Header header = new Header();
        header.addClassName("ks-store-header");
        header.add(logo(), new SearchBox(navigation, recentSearches.getIfAvailable()));
        Div actions = new Div();
        actions.addClassName("ks-header-actions");
        actions.add(new LanguageSwitch(languages, getLocale()), cartLink());
        if (messages != null) {
            actions.add(messages);
        }
        authentication
                .getAuthenticatedUser(ActorPrincipal.class)
                .ifPresentOrElse(
                        actor -> actions.add(accountMenu(actor, authentication)), () -> actions.add(signInLinks()));
        header.add(actions);
        Nav categories = new CategoryMenu(navigation.categories(getLocale()));
        main.addClassName("ks-store-main");
        Footer footer = new Footer();
        footer.addClassName("ks-store-footer");
        footerLinks
                .orderedStream()
                .sorted(java.util.Comparator.comparingInt(FooterLink::order))
                .forEach(link -> footer.add(new Anchor(link.route(), getTranslation(link.labelKey()))));
        footer.add(new Span(getTranslation("footer.copyright")));
        add(header, categories, main, footer);
    }

    public static Anchor logo() {
        Anchor logo = new Anchor("");
        logo.addClassName("ks-logo");
        Image mark = new Image("images/logo.svg", "");
        mark.addClassName("ks-logo-mark");
        logo.add(mark, new Span("Ks 下单平台"));
        logo.getElement().setAttribute("aria-label", "Ks 下单平台");
        return logo;
    }

    private Component cartLink() {
        Anchor cart = new Anchor("cart");
        cart.addClassName("ks-header-cart");
        cart.add(VaadinIcon.CART_O.create(), new Span(getTranslation("nav.cart")), cartCount);
        cartCount.addClassName("ks-cart-count");
        return cart;
    }

    /** The count follows every navigation and every change announced with {@link CartBadge#changed()}. */
    private void refreshCartCount() {
        int count = cartBadge == null ? 0 : cartBadge.count();
        cartCount.setText(count > 99 ? "99+" : Integer.toString(count));
        cartCount.setVisible(count > 0);
        cartCount.getElement().setAttribute("aria-label", getTranslation("nav.cartCount", count));
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refreshCartCount();
        if (messages != null) {
            messages.refresh();
        }
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        cartChanges = ComponentUtil.addListener(attach.getUI(), CartBadge.Changed.class, changed -> refreshCartCount());
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (cartChanges != null) {
            cartChanges.remove();
        }
    }

    private Component signInLinks() {
        Div links = new Div();
        links.getStyle().set("display", "flex").set("gap", "8px").set("align-items", "center");
        Anchor merchant = new Anchor("merchant-signup", getTranslation("nav.merchantSignUp"));
        merchant.addClassName("ks-muted");
        Button signIn =
                new Button(getTranslation("nav.signIn"), click -> getUI().ifPresent(ui -> ui.navigate("login")));
        signIn.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button register =
                new Button(getTranslation("nav.register"), click -> getUI().ifPresent(ui -> ui.navigate("register")));
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        links.add(merchant, signIn, register);
        return links;
    }

    private Component accountMenu(ActorPrincipal actor, AuthenticationContext authentication) {
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
        var root = menu.addItem(VaadinIcon.USER.create());
        root.add(new Span(actor.label()));
        root.getElement().setAttribute("aria-label", getTranslation("nav.account"));
        var sub = root.getSubMenu();
        sub.addItem(getTranslation("nav.orders"), click -> getUI().ifPresent(ui -> ui.navigate("orders")));
        sub.addItem(
                getTranslation("messages.title"),
                click -> getUI().ifPresent(ui -> ui.navigate(MessageBell.MESSAGES_ROUTE)));
        sub.addItem(
                getTranslation("nav.favourites"), click -> getUI().ifPresent(ui -> ui.navigate("account/favourites")));
        sub.addItem(getTranslation("nav.history"), click -> getUI().ifPresent(ui -> ui.navigate("account/history")));
        sub.addItem(getTranslation("nav.myCoupons"), click -> getUI().ifPresent(ui -> ui.navigate("account/coupons")));
        sub.addItem(
                getTranslation("nav.membership"), click -> getUI().ifPresent(ui -> ui.navigate("account/membership")));
        sub.addItem(getTranslation("address.menu"), click -> getUI().ifPresent(ui -> ui.navigate("account/addresses")));
        sub.addItem(getTranslation("credit.menu"), click -> getUI().ifPresent(ui -> ui.navigate("account/credit")));
        sub.addItem(getTranslation("nav.tickets"), click -> getUI().ifPresent(ui -> ui.navigate("account/tickets")));
        sub.addItem(getTranslation("nav.privacy"), click -> getUI().ifPresent(ui -> ui.navigate("account/privacy")));
        sub.addItem(getTranslation("nav.security"), click -> getUI().ifPresent(ui -> ui.navigate("account/security")));
        sub.addItem(
                getTranslation("nav.staffInvitations"),
                click -> getUI().ifPresent(ui -> ui.navigate("account/staff-invitations")));
        sub.addItem(getTranslation("nav.signOut"), click -> authentication.logout());
        return menu;
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.removeAll();
        if (content != null) {
            main.getElement().appendChild(Objects.requireNonNull(content.getElement()));
        }
    }
}
