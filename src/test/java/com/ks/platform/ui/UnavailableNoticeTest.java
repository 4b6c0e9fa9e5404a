package com.ks.platform.ui;

import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.ks.platform.KaribuTest;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.CannotCreateTransactionException;

/** A click that meets a database outage shows a translated "try again shortly", not a stack trace. */
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
}
