package com.ks.platform.ui;

import com.ks.platform.shared.DatabaseOutage;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A click that meets a database outage tells the person, in their language, to try again shortly — not a stack
 * trace, not silence. The session stays usable and works again as soon as the database is back. Other errors keep
 * Vaadin's default handling.
 */
@Component
class UnavailableNotice implements VaadinServiceInitListener, ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(UnavailableNotice.class);

    private final ErrorHandler fallback = new DefaultErrorHandler();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        if (DatabaseOutage.causedBy(event.getThrowable())) {
            log.warn("Database unavailable: {}", event.getThrowable().toString());
            Notices.error("error.unavailable");
            return;
        }
        fallback.error(event);
    }
}
