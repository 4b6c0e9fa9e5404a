package com.ks.platform.merchant;

/** What a merchant sells; it decides which permits qualification review asks for. */
public enum BusinessCategory {
    DIGITAL,
    APPLIANCES,
    APPAREL,
    BEAUTY,
    FOOD,
    HOME,
    MOTHER_BABY,
    SPORTS,
    BOOKS
}
