package com.ks.platform.support.knowledge;

/** The help centre's categories, in the order the help centre shows them. */
public enum ArticleCategory {
    RETURNS,
    SHIPPING,
    PAYMENT,
    CREDIT,
    ACCOUNT_PRIVACY,
    MERCHANT;

    public String labelKey() {
        return "knowledge.category." + name();
    }
}
