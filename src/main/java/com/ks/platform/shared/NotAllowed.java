package com.ks.platform.shared;

/** The actor is known but may not do this. */
public class NotAllowed extends DomainException {

    public NotAllowed(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
