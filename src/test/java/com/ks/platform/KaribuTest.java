package com.ks.platform;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Browserless UI tests: a person signs in with a role, navigates, and the test asserts what they would see. Vaadin's
 * access checks ask the request for its principal, so the fake request answers from Spring's security context.
 */
public abstract class KaribuTest extends KsIntegrationTest {

    private static Routes routes;

    @Autowired
    private ApplicationContext context;

    @BeforeEach
    void setUpVaadin() {
        if (routes == null) {
            routes = new Routes().autoDiscoverViews("com.ks.platform");
        }
        SecurityContextHolder.clearContext();
        MockVaadin.setMockRequestFactory(SecurityAwareRequest::new);
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, context, uiFactory));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /** Signs in as an existing account, as the login form (and, for staff, the second factor) would; a fresh tab. */
    protected void signInAs(String email) {
        signInAs(email, true);
    }

    /** Signs in with or without the second factor proven: staff without it are led to the 2FA step. */
    protected void signInAs(String email, boolean secondFactor) {
        actAs(email, secondFactor);
        MockVaadin.tearDown();
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, context, uiFactory));
    }

    /** Navigates like a click on a link; a query string ("search?q=…") is passed as query parameters. */
    protected static void navigate(String location) {
        int query = location.indexOf('?');
        if (query < 0) {
            UI.getCurrent().navigate(location);
        } else {
            UI.getCurrent()
                    .navigate(
                            location.substring(0, query),
                            com.vaadin.flow.router.QueryParameters.fromString(location.substring(query + 1)));
        }
    }

    private static final class SecurityAwareRequest extends FakeRequest {

        SecurityAwareRequest(HttpSession session) {
            super(session);
        }

        @Override
        public Principal getUserPrincipal() {
            return SecurityContextHolder.getContext().getAuthentication();
        }

        @Override
        public boolean isUserInRole(String role) {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            return authentication != null
                    && authentication.getAuthorities().stream()
                            .anyMatch(a -> a.getAuthority().equals("ROLE_" + role));
        }
    }
}
