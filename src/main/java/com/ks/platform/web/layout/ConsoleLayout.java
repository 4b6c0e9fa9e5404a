package com.ks.platform.web.layout;

import com.ks.platform.shared.ActorPrincipal;
import com.ks.platform.ui.LanguageSelection;
import com.ks.platform.ui.LanguageSwitch;
import com.ks.platform.ui.MessageBell;
import com.ks.platform.ui.MessageBellLink;
import com.ks.platform.ui.StorefrontLayout;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.function.Predicate;

/**
 * The staff surfaces share one shape: a left navigation by task (the views' {@code @Menu} entries under this
 * surface's path, filtered by what the person may open), a top bar with surface, person, language and sign-out.
 */
public abstract class ConsoleLayout extends AppLayout implements AfterNavigationObserver {

    private final Div content = new Div();
    private final HorizontalLayout right = new HorizontalLayout();
    private final SideNav nav = new SideNav();
    private final String surfacePath;
    private final MessageBellLink messages;

    protected ConsoleLayout(
            String surfacePath,
            String titleKey,
            AuthenticationContext authentication,
            LanguageSelection languages,
            MessageBell messageBell) {
        this.surfacePath = surfacePath;
        setPrimarySection(Section.DRAWER);
        DrawerToggle toggle = new DrawerToggle();
        toggle.getElement().setAttribute("aria-label", getTranslation("nav.menu"));
        H1 title = new H1(getTranslation(titleKey));
        title.addClassName("ks-console-title");
        right.setAlignItems(HorizontalLayout.Alignment.CENTER);
        right.getStyle().set("margin-left", "auto").set("padding-right", "16px");
        authentication.getAuthenticatedUser(ActorPrincipal.class).ifPresent(actor -> {
            // the person's name opens their account security page (password change)
            Anchor user = new Anchor("account/security", actor.label());
            user.getElement().setAttribute("title", getTranslation("nav.security"));
            user.addClassName("ks-console-user");
            right.add(user);
        });
        messages = new MessageBellLink(messageBell);
        right.add(messages, new LanguageSwitch(languages, getLocale()));
        Button signOut = new Button(
                getTranslation("nav.signOut"), VaadinIcon.SIGN_OUT.create(), click -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        right.add(signOut);
        HorizontalLayout navbar = new HorizontalLayout(toggle, title, right);
        navbar.setWidthFull();
        navbar.setAlignItems(HorizontalLayout.Alignment.CENTER);
        addToNavbar(navbar);

        Div brand = new Div(StorefrontLayout.logo());
        brand.getStyle().set("padding", "16px");
        showNavigation(view -> true);
        addToDrawer(brand, nav);
        content.addClassName("ks-console-content");
        setContent(content);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        messages.refresh();
    }

    /** (Re)builds the navigation with the entries whose view {@code shown} accepts (a surface narrows it per person). */
    protected void showNavigation(Predicate<Class<?>> shown) {
        nav.removeAll();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            String path = entry.path().startsWith("/") ? entry.path().substring(1) : entry.path();
            if ((path.equals(surfacePath) || path.startsWith(surfacePath + "/")) && shown.test(entry.menuClass())) {
                SideNavItem item = new SideNavItem(getTranslation(entry.title()), "/" + path);
                if (entry.icon() != null && !entry.icon().isBlank()) {
                    item.setPrefixComponent(new Icon(entry.icon()));
                }
                nav.addItem(item);
            }
        }
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.removeAll();
        if (view != null) {
            content.getElement().appendChild(view.getElement());
        }
    }
}
