package com.ks.platform.payment.ui;

import com.ks.platform.risk.ClientContext;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The cashier page's device and address for risk control: a random device id kept in a long-lived cookie (set on
 * the first payment), and the request's remote address (the proxy's forwarded address only when the server is set
 * to trust it, {@code server.forward-headers-strategy}).
 */
final class PaymentClient {

    static final String DEVICE_COOKIE = "ks-device";
    private static final Pattern DEVICE_ID = Pattern.compile("[0-9a-f-]{36}");

    private PaymentClient() {}

    static ClientContext current(String confirmation) {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request == null) {
            return new ClientContext(null, null, confirmation);
        }
        String device = Arrays.stream(request.getCookies() == null ? new Cookie[0] : request.getCookies())
                .filter(c -> DEVICE_COOKIE.equals(c.getName()) && c.getValue() != null)
                .map(Cookie::getValue)
                .filter(value -> DEVICE_ID.matcher(value).matches())
                .findFirst()
                .orElseGet(PaymentClient::newDevice);
        return new ClientContext(device, request.getRemoteAddr(), confirmation);
    }

    private static String newDevice() {
        String device = UUID.randomUUID().toString();
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response != null) {
            Cookie cookie = new Cookie(DEVICE_COOKIE, device);
            cookie.setPath("/");
            cookie.setHttpOnly(true);
            cookie.setMaxAge(60 * 60 * 24 * 365);
            response.addCookie(cookie);
        }
        return device;
    }
}
