package com.ks.platform.web.security;

import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

/**
 * Whether anything answers a path, for requests the security chain turned away before the router could say 404: a
 * signed-out scanner asking for {@code /wp-admin} is sent to the login page, one asking for {@code /api/v2/users} gets
 * 401 — a scan all the same.
 */
@Component
class KnownPaths {

    private final UnknownApiPaths api;
    private final ServletContext servletContext;

    KnownPaths(UnknownApiPaths api, ServletContext servletContext) {
        this.api = api;
        this.servletContext = servletContext;
    }

    /** {@code path} is the request's path inside the application, starting with "/". */
    boolean exists(HttpServletRequest request, String path) {
        if (path.startsWith("/api/")) {
            return api.answers(request);
        }
        try {
            return ApplicationRouteRegistry.getInstance(new VaadinServletContext(servletContext))
                    .getNavigationTarget(path.substring(1))
                    .isPresent();
        } catch (RuntimeException notARoute) {
            return true; // a path the router cannot even parse is no evidence of a scan
        }
    }
}
