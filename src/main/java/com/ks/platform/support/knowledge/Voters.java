package com.ks.platform.support.knowledge;

import com.ks.platform.shared.CurrentActor;
import com.ks.platform.shared.NotAllowed;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Who votes or is offered articles: the signed-in person (from the security context), otherwise the visitor's browser
 * session. The session id itself is never stored — only a hash, so the table cannot be used to take over a session.
 */
final class Voters {

    private Voters() {}

    static String current(String browserSession) {
        var actor = CurrentActor.get();
        if (actor.isPresent()) {
            return "account:" + actor.get().accountId();
        }
        if (browserSession == null || browserSession.isBlank()) {
            throw new NotAllowed("error.signInRequired");
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(browserSession.getBytes(StandardCharsets.UTF_8));
            return "session:" + HexFormat.of().formatHex(hash, 0, 24);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
