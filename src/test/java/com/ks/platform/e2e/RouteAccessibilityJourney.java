package com.ks.platform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.ks.platform.identity.Roles;
import com.ks.platform.web.DemoRouteSamples;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.context.WebApplicationContext;

/**
 * axe-core on every route of Vaadin's route registry, opened by the person it is for (the demo account of the role
 * the view allows, visitors for public pages, ids from the demo data), in one language per subclass, so the two
 * languages run in the browser suite's two JVMs at once. A new view is scanned without anyone adding it here.
 */
abstract class RouteAccessibilityJourney extends BrowserTest {

    private static final String PASSWORD = "ks-demo-2026";
    private static final String VISITOR = "";

    /** The demo account that opens a role's pages; the onboarding page is seen by the merchant still under review. */
    private static final Map<String, String> ACCOUNT_OF_ROLE = Map.of(
            Roles.SHOPPER, "shopper@ks.demo",
            Roles.MERCHANT, "merchant@ks.demo",
            Roles.CS_AGENT, "agent@ks.demo",
            Roles.CS_LEAD, "lead@ks.demo",
            Roles.COMPLIANCE_OFFICER, "compliance@ks.demo",
            Roles.ADMIN, "admin@ks.demo");

    private static final Map<String, String> ACCOUNT_OF_ROUTE = Map.of("merchant/onboarding", "fashion@ks.demo");

    @Autowired
    WebApplicationContext web;

    @Autowired
    DemoRouteSamples samples;

    /** The browser's language and the ks-lang cookie: zh-CN or en. */
    abstract String language();

    @Test
    void every_route_has_no_serious_accessibility_violations() {
        Map<String, List<String>> pathsByAccount = pathsByAccount();
        assertThat(pathsByAccount.values().stream().mapToInt(List::size).sum())
                .as("routes scanned")
                .isGreaterThan(30);
        List<String> violations = new ArrayList<>();
        String language = language();
        pathsByAccount.forEach((account, paths) -> {
            newPage(1366, 900, language);
            context.addCookies(List.of(new Cookie("ks-lang", language).setUrl(baseUrl())));
            if (!account.equals(VISITOR)) {
                signIn(account, PASSWORD, language);
            }
            for (String path : paths) {
                page.navigate("/" + path);
                settle();
                String where = "/" + path + " (" + language + ", " + (account.isEmpty() ? "visitor" : account) + ")";
                Accessibility.seriousViolations(page).forEach(found -> violations.add(where + ": " + found));
            }
        });
        assertThat(violations)
                .as("serious or critical accessibility violations")
                .isEmpty();
    }

    private Map<String, List<String>> pathsByAccount() {
        var registry = ApplicationRouteRegistry.getInstance(new VaadinServletContext(web.getServletContext()));
        Map<String, List<String>> byAccount = new TreeMap<>();
        for (RouteData route : registry.getRegisteredRoutes()) {
            List<String> templates = new ArrayList<>(List.of(route.getTemplate()));
            route.getRouteAliases().forEach(alias -> templates.add(alias.getTemplate()));
            for (String template : templates) {
                String account = ACCOUNT_OF_ROUTE.getOrDefault(template, accountFor(route.getNavigationTarget()));
                byAccount.computeIfAbsent(account, a -> new ArrayList<>()).add(samples.path(template));
            }
        }
        return byAccount;
    }

    private static String accountFor(Class<?> view) {
        if (view.isAnnotationPresent(AnonymousAllowed.class)) {
            return VISITOR;
        }
        if (view.isAnnotationPresent(PermitAll.class)) {
            return ACCOUNT_OF_ROLE.get(Roles.SHOPPER);
        }
        RolesAllowed roles = view.getAnnotation(RolesAllowed.class);
        assertThat(roles).as(view.getSimpleName() + " declares who may open it").isNotNull();
        return ACCOUNT_OF_ROLE.get(roles.value()[0]);
    }

    /** The login form's labels follow the language chosen by the cookie. */
    private void signIn(String email, String password, String language) {
        if (language.equals("zh-CN")) {
            signIn(email, password);
            return;
        }
        page.navigate("/login");
        settle();
        var form = page.locator("vaadin-login-form");
        form.getByLabel("E-mail", new Locator.GetByLabelOptions().setExact(true))
                .fill(email);
        form.getByLabel("Password", new Locator.GetByLabelOptions().setExact(true))
                .fill(password);
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Sign in"))
                .click();
        page.waitForURL(url -> !url.contains("/login"));
        settle();
        passSecondFactor(email);
    }
}
