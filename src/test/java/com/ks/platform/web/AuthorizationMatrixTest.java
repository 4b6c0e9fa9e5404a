package com.ks.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.ks.platform.KaribuTest;
import com.ks.platform.identity.Role;
import com.ks.platform.web.ui.AccessDeniedView;
import com.ks.platform.web.ui.LoginView;
import com.ks.platform.web.ui.NotFoundView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every route × every role (and anonymous) against the designed access. The routes come from Vaadin's registry, so a
 * new view that is missing here fails the test until its access is decided.
 */
class AuthorizationMatrixTest extends KaribuTest {

    @Autowired
    DemoRouteSamples samples;

    private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);

    /** route template → roles that may open it; openToVisitors marks pages anyone may open. */
    private static final Map<String, Access> DESIGN = Map.ofEntries(
            Map.entry("", Access.visitors()),
            Map.entry("login", Access.visitors()),
            Map.entry("search", Access.visitors()),
            Map.entry("account/privacy", Access.only(Role.SHOPPER)),
            Map.entry("product/:productId", Access.visitors()),
            Map.entry("product/:productId/favourite", Access.only(Role.SHOPPER)),
            Map.entry("shop/:merchantId", Access.visitors()),
            Map.entry("orders/:orderId/review", Access.only(Role.SHOPPER)),
            Map.entry("merchant/reviews", Access.only(Role.MERCHANT)),
            Map.entry("register", Access.visitors()),
            Map.entry("forgot-password", Access.visitors()),
            Map.entry("reset-password", Access.visitors()),
            Map.entry("privacy-policy", Access.visitors()),
            Map.entry("merchant-signup", Access.visitors()),
            Map.entry("merchant", Access.only(Role.MERCHANT)),
            Map.entry("merchant/onboarding", Access.only(Role.MERCHANT)),
            Map.entry("merchant/products", Access.only(Role.MERCHANT)),
            Map.entry("merchant/settlement", Access.only(Role.MERCHANT)),
            Map.entry("merchant/staff", Access.only(Role.MERCHANT)),
            // where an invited account accepts to join a shop's staff: any signed-in person
            Map.entry("account/staff-invitations", Access.signedIn()),
            // one message centre for everybody: the bell of every surface (storefront and consoles) leads here
            Map.entry("account/messages", Access.signedIn()),
            // every signed-in person changes their own password
            Map.entry("account/security", Access.signedIn()),
            Map.entry("merchant/products/new", Access.only(Role.MERCHANT)),
            Map.entry("merchant/products/:productId/edit", Access.only(Role.MERCHANT)),
            Map.entry("merchant/orders", Access.only(Role.MERCHANT)),
            Map.entry("merchant/after-sales", Access.only(Role.MERCHANT)),
            Map.entry("merchant/after-sales/:caseId", Access.only(Role.MERCHANT)),
            Map.entry("after-sales", Access.only(Role.SHOPPER)),
            Map.entry("after-sales/:caseId", Access.only(Role.SHOPPER)),
            Map.entry("after-sales/apply/:orderId/:lineId", Access.only(Role.SHOPPER)),
            Map.entry("merchant/orders/:orderId/packing-slip", Access.only(Role.MERCHANT)),
            Map.entry("workbench", Access.only(Role.CS_AGENT)),
            // the help centre is for everybody; its articles are written by customer-service leads only
            Map.entry("help", Access.visitors()),
            Map.entry("help/articles/:slug", Access.visitors()),
            Map.entry("workbench/knowledge", Access.only(Role.CS_LEAD)),
            Map.entry("workbench/knowledge/edit", Access.only(Role.CS_LEAD)),
            Map.entry("workbench/after-sales", Access.only(Role.CS_AGENT)),
            Map.entry("workbench/after-sales/:caseId", Access.only(Role.CS_AGENT)),
            Map.entry("workbench/macros", Access.only(Role.CS_LEAD)),
            Map.entry("workbench/metrics", Access.only(Role.CS_LEAD)),
            Map.entry("workbench/teams", Access.only(Role.CS_LEAD)),
            Map.entry("workbench/tickets", Access.only(Role.CS_AGENT)),
            Map.entry("workbench/tickets/:ticketId", Access.only(Role.CS_AGENT)),
            Map.entry("compliance", Access.only(Role.COMPLIANCE_OFFICER)),
            Map.entry("compliance/review/:merchantId", Access.only(Role.COMPLIANCE_OFFICER)),
            Map.entry("compliance/credit", Access.only(Role.COMPLIANCE_OFFICER)),
            Map.entry("compliance/risk-alerts", Access.only(Role.COMPLIANCE_OFFICER)),
            Map.entry("compliance/violations", Access.only(Role.COMPLIANCE_OFFICER)),
            Map.entry("compliance/audit-log", Access.only(Role.COMPLIANCE_OFFICER)),
            Map.entry("compliance/review-reports", Access.only(Role.COMPLIANCE_OFFICER)),
            Map.entry("compliance/ratings/:merchantId", Access.only(Role.COMPLIANCE_OFFICER)),
            Map.entry("compliance/violations/new", Access.only(Role.COMPLIANCE_OFFICER)),
            Map.entry("compliance/violations/:violationId", Access.only(Role.COMPLIANCE_OFFICER)),
            Map.entry("compliance/findings", Access.only(Role.COMPLIANCE_OFFICER)),
            Map.entry("compliance/audits", Access.only(Role.COMPLIANCE_OFFICER)),
            Map.entry("compliance/audits/:taskId", Access.only(Role.COMPLIANCE_OFFICER)),
            Map.entry("compliance/exports", Access.only(Role.COMPLIANCE_OFFICER)),
            Map.entry("merchant/violations", Access.only(Role.MERCHANT)),
            Map.entry("merchant/violations/:violationId", Access.only(Role.MERCHANT)),
            Map.entry("admin", Access.only(Role.ADMIN)),
            Map.entry("admin/accounts", Access.only(Role.ADMIN)),
            Map.entry("admin/search-insights", Access.only(Role.ADMIN)),
            Map.entry("admin/synonyms", Access.only(Role.ADMIN)),
            Map.entry("cart", Access.visitors()),
            Map.entry("account/favourites", Access.only(Role.SHOPPER)),
            Map.entry("account/history", Access.only(Role.SHOPPER)),
            Map.entry("account/addresses", Access.only(Role.SHOPPER)),
            Map.entry("account/credit", Access.only(Role.SHOPPER)),
            Map.entry("account/credit/repay", Access.only(Role.SHOPPER)),
            Map.entry("checkout", Access.only(Role.SHOPPER)),
            Map.entry("pay/:checkoutId", Access.only(Role.SHOPPER)),
            // a sandbox provider's hosted page: open to whoever holds the charge's unguessable id
            Map.entry("sandbox-pay/:chargeId", Access.visitors()),
            Map.entry("orders", Access.only(Role.SHOPPER)),
            Map.entry("orders/:orderId", Access.only(Role.SHOPPER)),
            Map.entry("help/contact", Access.only(Role.SHOPPER)),
            Map.entry("account/tickets", Access.only(Role.SHOPPER)),
            Map.entry("account/tickets/:ticketId", Access.only(Role.SHOPPER)),
            Map.entry("merchant/support", Access.only(Role.MERCHANT)),
            Map.entry("merchant/support/:ticketId", Access.only(Role.MERCHANT)),
            Map.entry("coupons", Access.visitors()),
            Map.entry("coupons/sign-in", Access.only(Role.SHOPPER)),
            Map.entry("account/coupons", Access.only(Role.SHOPPER)),
            Map.entry("merchant/coupons", Access.only(Role.MERCHANT)),
            Map.entry("admin/coupons", Access.only(Role.ADMIN)),
            Map.entry("privacy/accept", Access.signedIn()),
            Map.entry("compliance/privacy-requests", Access.only(Role.COMPLIANCE_OFFICER)),
            Map.entry("compliance/privacy-requests/:requestId", Access.only(Role.COMPLIANCE_OFFICER)),
            // console (issue 20): the link of an e-mail change opens on any device; backups are the administrators'
            Map.entry("confirm-email", Access.visitors()),
            Map.entry("admin/backups", Access.only(Role.ADMIN)),
            // community (issue 17): everyone reads, shoppers write, admins decide reports
            Map.entry("community", Access.visitors()),
            Map.entry("community/posts/:postId", Access.visitors()),
            Map.entry("community/people/:memberId", Access.visitors()),
            Map.entry("community/new", Access.only(Role.SHOPPER)),
            Map.entry("admin/community-reports", Access.only(Role.ADMIN)),
            // the second-factor step (issue 20): any signed-in person; staff surfaces lead their staff here
            Map.entry("account/two-factor", Access.signedIn()),
            Map.entry("shop/:merchantId/favourite", Access.only(Role.SHOPPER)),
            Map.entry("account/membership", Access.only(Role.SHOPPER)),
            Map.entry("account/points", Access.only(Role.SHOPPER)),
            Map.entry("admin/security", Access.only(Role.ADMIN)),
            // settings (issue 20): platform configuration is the administrators'
            Map.entry("admin/settings", Access.only(Role.ADMIN)));

    private static final Map<Role, String> DEMO_ACCOUNT = Map.of(
            Role.SHOPPER, "shopper@ks.demo",
            Role.MERCHANT, "merchant@ks.demo",
            Role.CS_AGENT, "agent@ks.demo",
            Role.CS_LEAD, "lead@ks.demo",
            Role.COMPLIANCE_OFFICER, "compliance@ks.demo",
            Role.ADMIN, "admin@ks.demo");

    /** Demo accounts holding more than the role they stand for: the lead is an agent too. */
    private static final Map<Role, Set<Role>> DEMO_ROLES =
            Map.of(Role.CS_LEAD, EnumSet.of(Role.CS_AGENT, Role.CS_LEAD));

    /** The merchant-portal routes the demo staff member 小周 (ORDERS only) may open; the owner's others are refused. */
    private static final Set<String> ORDERS_STAFF_ROUTES =
            Set.of("merchant", "merchant/orders", "merchant/orders/:orderId/packing-slip");

    @Test
    void every_registered_route_has_a_designed_access_rule() {
        Set<String> registered = new TreeSet<>();
        for (RouteData route : RouteConfiguration.forApplicationScope().getAvailableRoutes()) {
            registered.add(route.getTemplate());
            // an alias is a way in of its own (the product editor's merchant/products/:productId/edit)
            route.getRouteAliases().forEach(alias -> registered.add(alias.getTemplate()));
        }
        assertThat(registered).as("routes without a decided access rule").isSubsetOf(DESIGN.keySet());
        assertThat(DESIGN.keySet()).as("designed routes that no longer exist").isSubsetOf(registered);
    }

    @Test
    void anonymous_visitors_reach_only_public_pages_and_are_sent_to_sign_in_elsewhere() {
        List<String> wrong = new ArrayList<>();
        for (var entry : new TreeMap<>(DESIGN).entrySet()) {
            navigate(path(entry.getKey()));
            Class<?> shown = currentView();
            boolean allowed = entry.getValue().openToVisitors();
            if (allowed && shown != targetOf(entry.getKey())) {
                wrong.add("anonymous should open /" + entry.getKey() + " but saw " + shown.getSimpleName());
            }
            if (!allowed && shown != LoginView.class) {
                wrong.add("anonymous should be sent to sign in from /" + entry.getKey() + " but saw "
                        + shown.getSimpleName());
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void each_role_reaches_exactly_the_routes_designed_for_it() {
        List<String> wrong = new ArrayList<>();
        for (Role role : Role.values()) {
            signInAs(DEMO_ACCOUNT.get(role));
            for (var entry : new TreeMap<>(DESIGN).entrySet()) {
                String route = entry.getKey();
                boolean allowed = entry.getValue().openToVisitors()
                        || DEMO_ROLES.getOrDefault(role, Set.of(role)).stream()
                                .anyMatch(entry.getValue().roles()::contains);
                Class<?> shown = tryNavigate(path(route));
                if (allowed && shown != targetOf(route)) {
                    wrong.add(role + " should open /" + route + " but saw " + shown.getSimpleName());
                }
                if (!allowed && shown != AccessDeniedView.class) {
                    wrong.add(role + " must be refused /" + route + " but saw " + shown.getSimpleName());
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void a_staff_member_with_the_orders_permission_reaches_only_the_order_pages_of_the_portal() {
        signInAs("staff@ks.demo");
        List<String> wrong = new ArrayList<>();
        for (var entry : new TreeMap<>(DESIGN).entrySet()) {
            String route = entry.getKey();
            boolean portal = route.equals("merchant") || route.startsWith("merchant/");
            boolean allowed = portal
                    ? ORDERS_STAFF_ROUTES.contains(route)
                    : entry.getValue().openToVisitors()
                            || entry.getValue().roles().contains(Role.SHOPPER)
                            || entry.getValue().roles().contains(Role.MERCHANT);
            Class<?> shown = tryNavigate(path(route));
            // the shopper pages' ids are the demo shopper's: another person's order is not found, as it should be
            boolean othersObject = !portal && route.contains(":") && shown == NotFoundView.class;
            if (allowed && shown != targetOf(route) && !othersObject) {
                wrong.add("staff should open /" + route + " but saw " + shown.getSimpleName());
            }
            if (!allowed && shown != AccessDeniedView.class) {
                wrong.add("staff must be refused /" + route + " but saw " + shown.getSimpleName());
            }
        }
        assertThat(wrong).isEmpty();
    }

    private String path(String template) {
        return samples.path(template);
    }

    private static Class<?> tryNavigate(String route) {
        try {
            navigate(route);
            return currentView();
        } catch (RuntimeException denied) {
            if (denied.getClass().getSimpleName().contains("AccessDenied")) {
                return AccessDeniedView.class;
            }
            throw denied;
        }
    }

    /** Routes that only pass a signed-in person on to another page (a visitor's 收藏 signs in, then shows the product). */
    private static final Map<String, Class<?>> FORWARDS = Map.of(
            "product/:productId/favourite",
            com.ks.platform.catalog.ui.ProductView.class,
            "coupons/sign-in",
            com.ks.platform.promotion.ui.CouponCentreView.class,
            "shop/:merchantId/favourite",
            com.ks.platform.catalog.ui.ShopView.class);

    private static Class<?> targetOf(String template) {
        if (FORWARDS.containsKey(template)) {
            return FORWARDS.get(template);
        }
        return RouteConfiguration.forApplicationScope()
                .getRoute(template)
                .map(target -> (Class<?>) target)
                .orElseThrow();
    }

    private static Class<?> currentView() {
        List<com.vaadin.flow.component.HasElement> chain =
                UI.getCurrent().getInternals().getActiveRouterTargetsChain();
        return chain.isEmpty() ? Void.class : chain.get(0).getClass();
    }

    private record Access(boolean openToVisitors, Set<Role> roles) {
        static Access visitors() {
            return new Access(true, EVERYONE);
        }

        static Access signedIn() {
            return new Access(false, EVERYONE);
        }

        static Access only(Role role) {
            return new Access(false, EnumSet.of(role));
        }
    }
}
