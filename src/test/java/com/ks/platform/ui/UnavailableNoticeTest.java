package com.ks.platform.ui;

import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.ks.platform.KaribuTest;
import com.ks.platform.web.ui.UnavailableView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.transaction.CannotCreateTransactionException;

/** A click or a page that meets a database outage shows a translated "try again shortly", not a stack trace. */
class UnavailableNoticeTest extends KaribuTest {

    @Test
    void an_action_that_cannot_reach_the_database_tells_the_person_to_try_again_shortly() {
        var handler = VaadinSession.getCurrent().getErrorHandler();

        handler.error(new ErrorEvent(new CannotCreateTransactionException(
                "Could not open JDBC Connection for transaction",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available"))));

        assertThat(handler).isInstanceOf(UnavailableNotice.class);
        expectNotifications("服务暂时不可用，请稍后再试");
    }

    @Test
    void a_page_that_cannot_be_built_without_the_database_says_try_again_shortly_with_503() {
        var outage = new CannotCreateTransactionException(
                "Could not open JDBC Connection for transaction",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available"));
        // as the router meets it: wrapped by Spring while it creates the view
        var target = ApplicationRouteRegistry.getInstance(
                        VaadinService.getCurrent().getContext())
                .getErrorNavigationTarget(new BeanCreationException("storefront", outage))
                .orElseThrow();

        assertThat(target.getNavigationTarget()).isEqualTo(UnavailableView.class);
        var page = new UnavailableView();
        UI.getCurrent().add(page);
        int status = page.setErrorParameter(null, new ErrorParameter<>(CannotCreateTransactionException.class, outage));

        assertThat(status).isEqualTo(503);
        assertThat(page.getElement().getTextRecursively()).contains("服务暂时不可用", "请稍后再试");
    }
}
