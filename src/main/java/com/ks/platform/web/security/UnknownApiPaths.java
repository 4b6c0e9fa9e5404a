package com.ks.platform.web.security;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Every {@code /api/**} request no operation takes: without it Vaadin's catch-all servlet answered unknown API paths
 * (a trailing slash included) with the storefront's HTML page. A path that exists with other methods answers 405 with
 * {@code Allow}, any other 404 — both as problems through {@link ApiExceptionHandler}.
 */
@Hidden
@RestController
class UnknownApiPaths {

    private final ObjectProvider<RequestMappingHandlerMapping> mappings;

    UnknownApiPaths(@Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mappings) {
        this.mappings = mappings;
    }

    @RequestMapping("/api/**")
    ResponseEntity<Void> unknown(HttpServletRequest request) throws Exception {
        Set<String> allowed = allowedMethods(request);
        if (allowed.isEmpty()) {
            throw new NoHandlerFoundException(request.getMethod(), request.getRequestURI(), new HttpHeaders());
        }
        if (RequestMethod.OPTIONS.name().equals(request.getMethod())) {
            return ResponseEntity.noContent()
                    .header(HttpHeaders.ALLOW, String.join(", ", allowed))
                    .build();
        }
        throw new HttpRequestMethodNotSupportedException(request.getMethod(), allowed);
    }

    /** Whether an operation (other than this catch-all) has the request's path, with whichever method. */
    boolean answers(HttpServletRequest request) {
        if (ServletRequestPathUtils.hasParsedRequestPath(request)) {
            return !allowedMethods(request).isEmpty();
        }
        // asked from a servlet filter, before (or without) the DispatcherServlet parsed the path for its mappings
        ServletRequestPathUtils.parseAndCache(request);
        try {
            return !allowedMethods(request).isEmpty();
        } finally {
            ServletRequestPathUtils.clearParsedRequestPath(request);
        }
    }

    /** The methods of the operations whose path is this request's (this catch-all aside). */
    private Set<String> allowedMethods(HttpServletRequest request) {
        Set<String> allowed = new TreeSet<>();
        mappings.getObject().getHandlerMethods().forEach((info, method) -> {
            if (method.getBeanType() != UnknownApiPaths.class && matchesPath(info, request)) {
                info.getMethodsCondition().getMethods().forEach(m -> allowed.add(m.name()));
            }
        });
        if (allowed.contains("GET")) {
            allowed.add("HEAD");
        }
        return allowed;
    }

    private static boolean matchesPath(RequestMappingInfo info, HttpServletRequest request) {
        return info.getActivePatternsCondition().getMatchingCondition(request) != null;
    }
}
