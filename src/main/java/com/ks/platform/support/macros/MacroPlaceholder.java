package com.ks.platform.support.macros;

import java.util.Optional;

/** What a macro may leave blank for the ticket to fill in, by its Chinese or English name ({订单号} or {orderNo}). */
public enum MacroPlaceholder {
    NAME("姓名", "name"),
    ORDER_NO("订单号", "orderNo"),
    TICKET_NO("工单号", "ticketNo"),
    SHOP("商家", "shop"),
    AGENT("客服", "agent");

    private final String chinese;
    private final String english;

    MacroPlaceholder(String chinese, String english) {
        this.chinese = chinese;
        this.english = english;
    }

    public String token(MacroLanguage language) {
        return "{" + (language == MacroLanguage.EN ? english : chinese) + "}";
    }

    static Optional<MacroPlaceholder> named(String name) {
        for (MacroPlaceholder placeholder : values()) {
            if (placeholder.chinese.equals(name) || placeholder.english.equals(name)) {
                return Optional.of(placeholder);
            }
        }
        return Optional.empty();
    }
}
