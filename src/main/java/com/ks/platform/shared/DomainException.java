package com.ks.platform.shared;

import java.util.List;

/**
 * A business error carrying a message key from the shared translations, so the UI and the API can each say it
 * in the person's language. The English {@link #getMessage()} is for logs only.
 */
public abstract class DomainException extends RuntimeException {

    private final String messageKey;
    private final List<Object> arguments;

    protected DomainException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
