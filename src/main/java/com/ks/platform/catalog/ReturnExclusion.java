package com.ks.platform.catalog;

/**
 * Why an item is excluded from 7-day no-reason return: the categories of Consumer Protection Law art. 25 (custom-made,
 * fresh and perishable, digital goods downloaded or unsealed, newspapers and periodicals delivered), plus items the
 * shopper confirmed as not suitable for return at purchase (art. 25 para. 2, e.g. opened personal-hygiene items).
 */
public enum ReturnExclusion {
    CUSTOM_MADE,
    PERISHABLE,
    DIGITAL_UNSEALED,
    PERIODICALS,
    HYGIENE_OPENED
}
