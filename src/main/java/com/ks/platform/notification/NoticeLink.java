package com.ks.platform.notification;

/** The object a notice is about, as a route of the app ({@code orders/…}); the message centre links to it. */
public record NoticeLink(String route) {

    private static final int MAX_LENGTH = 300;

    public NoticeLink {
        if (route == null || route.isBlank() || route.length() > MAX_LENGTH || route.contains("://")) {
            throw new IllegalArgumentException("A notice links to a route of the app: " + route);
        }
        route = route.startsWith("/") ? route.substring(1) : route;
    }
}
