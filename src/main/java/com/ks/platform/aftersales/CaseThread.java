package com.ks.platform.aftersales;

import java.util.List;

/**
 * A case's conversation as one party sees it: the messages, oldest first, and whether a new one may be written (null)
 * or the translated reason why not (the case has ended).
 */
public record CaseThread(List<CaseMessage> messages, String closedKey) {

    public CaseThread {
        messages = List.copyOf(messages);
    }

    public boolean open() {
        return closedKey == null;
    }
}
