package com.ks.platform.shared;

import java.util.UUID;

/** What every authenticated principal (form login, OIDC, API token) tells the rest of the platform about its person. */
public interface ActorPrincipal {

    UUID accountId();

    /** A label for audit trails and greetings: the display name, never a secret. */
    String label();
}
