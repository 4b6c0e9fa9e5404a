package com.ks.platform.risk;

/**
 * Where an attempt comes from, as the page or API saw it: a device id (the cashier page's cookie; none from the API),
 * the client's IP address (the request's remote address; behind a proxy, set {@code server.forward-headers-strategy}
 * so that only the trusted proxy's X-Forwarded-For counts) and, after a challenge, the one-time confirmation.
 */
public record ClientContext(String deviceId, String clientIp, String confirmation) {

    public static final ClientContext NONE = new ClientContext(null, null, null);

    public ClientContext {
        deviceId = clip(deviceId, 64);
        clientIp = clip(clientIp, 45);
        confirmation = clip(confirmation, 100);
    }

    public ClientContext withConfirmation(String token) {
        return new ClientContext(deviceId, clientIp, token);
    }

    private static String clip(String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        return stripped.length() <= max ? stripped : stripped.substring(0, max);
    }
}
