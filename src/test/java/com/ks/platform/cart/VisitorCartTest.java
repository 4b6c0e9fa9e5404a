package com.ks.platform.cart;

import static org.assertj.core.api.Assertions.assertThat;

import com.ks.platform.catalog.ProductDetails;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** A visitor's cart lives in their session and joins their account's cart when they sign in. */
class VisitorCartTest extends CartTestSupport {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    UserDetailsService users;

    MockHttpSession session;

    @BeforeEach
    void visitorWithASession() {
        session = new MockHttpSession();
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSession(session);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    @AfterEach
    void leave() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void a_visitor_fills_a_cart_kept_in_the_session() {
        ProductDetails tea = product(HOME_SHOP, "访客的茶杯", 5, 50, 3_900);
        SecurityContextHolder.clearContext();

        cart.add(tea.skus().getFirst().id(), 2);

        assertThat(session.getAttribute(VisitorCartSession.ATTRIBUTE)).isInstanceOf(UUID.class);
        assertThat(queries.myCart().selectedTotalFen()).isEqualTo(7_800);

        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        assertThat(queries.myCart().isEmpty()).as("another visitor's session").isTrue();
    }

    @Test
    void signing_in_merges_the_visitors_cart_adding_quantities_up_to_the_limit() {
        ProductDetails both = product(DIGITAL_SHOP, "两边都有的充电器", 5, 50, 9_900);
        ProductDetails onlyVisitor = product(HOME_SHOP, "只在访客车里的毛巾", 10, 50, 1_900);
        ProductDetails capped = product(DIGITAL_SHOP, "限购两件的电池", 2, 50, 2_900);
        String shopper = newShopper();
        actAs(shopper);
        cart.add(both.skus().getFirst().id(), 2);
        cart.add(capped.skus().getFirst().id(), 2);
        SecurityContextHolder.clearContext();

        cart.add(both.skus().getFirst().id(), 1);
        cart.add(onlyVisitor.skus().getFirst().id(), 4);
        cart.add(capped.skus().getFirst().id(), 1);
        signIn(shopper);

        actAs(shopper);
        CartDetails details = queries.myCart();
        assertThat(details.lineCount()).isEqualTo(3);
        assertThat(quantityOf(details, both)).isEqualTo(3);
        assertThat(quantityOf(details, onlyVisitor)).isEqualTo(4);
        assertThat(quantityOf(details, capped))
                .as("capped by the per-order limit")
                .isEqualTo(2);
        assertThat(session.getAttribute(VisitorCartSession.ATTRIBUTE)).isNull();

        SecurityContextHolder.clearContext();
        assertThat(queries.myCart().isEmpty())
                .as("nothing left in the visitor's cart")
                .isTrue();
    }

    @Test
    void a_sign_in_without_a_visitor_cart_leaves_the_account_cart_alone() {
        ProductDetails mug = product(HOME_SHOP, "账户里的杯子", 5, 50, 2_500);
        String shopper = newShopper();
        actAs(shopper);
        cart.add(mug.skus().getFirst().id(), 1);
        SecurityContextHolder.clearContext();

        signIn(shopper);

        actAs(shopper);
        assertThat(queries.myCart().lineCount()).isEqualTo(1);
    }

    private void signIn(String email) {
        var user = users.loadUserByUsername(email);
        events.publishEvent(new AuthenticationSuccessEvent(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities())));
    }

    private static int quantityOf(CartDetails details, ProductDetails product) {
        return details.shops().stream()
                .flatMap(s -> s.lines().stream())
                .filter(l -> l.productId().equals(product.id()))
                .findFirst()
                .orElseThrow()
                .quantity();
    }
}
