package com.ks.platform.shared;

/** The object does not exist, or belongs to someone the actor may not see (both answer the same). */
public class NotFound extends DomainException {

    public NotFound(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
