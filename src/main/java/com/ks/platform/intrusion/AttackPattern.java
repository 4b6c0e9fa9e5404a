package com.ks.platform.intrusion;

/** What a security event saw; whether it blocks the source it came from. */
public enum AttackPattern {
    /** Wrong passwords for many different accounts from one source (credential stuffing, password spraying). */
    FAILED_SIGN_INS(true),
    /** Requests for pages or API operations the caller's role does not open, again and again. */
    AUTHORIZATION_FAILURES(true),
    /** SQL or script fragments in request parameters or JSON bodies (detection only: escaping is the defence). */
    INJECTION_INPUT(true),
    /** Many requests for paths that do not exist (a scanner probing for admin pages, backups, old APIs). */
    UNKNOWN_PATHS(true),
    /**
     * One account signing in from many addresses: a stolen password used from a botnet, or a shared account. Recorded
     * and shown, not blocked — there is no single source to block, and a phone changing networks looks alike.
     */
    MANY_ADDRESSES(false);

    private final boolean blocksSource;

    AttackPattern(boolean blocksSource) {
        this.blocksSource = blocksSource;
    }

    public boolean blocksSource() {
        return blocksSource;
    }

    /** The translation key of the pattern's name. */
    public String labelKey() {
        return "intrusion.pattern." + name();
    }
}
