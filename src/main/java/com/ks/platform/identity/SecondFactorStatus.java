package com.ks.platform.identity;

/** What second factors the signed-in person has: an authenticator app (with recovery codes left) and passkeys. */
public record SecondFactorStatus(boolean authenticatorApp, int recoveryCodesLeft, int passkeys, boolean staff) {

    public boolean any() {
        return authenticatorApp || passkeys > 0;
    }
}
