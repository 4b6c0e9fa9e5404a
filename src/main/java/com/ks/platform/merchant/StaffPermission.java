package com.ks.platform.merchant;

/**
 * What a merchant's staff member may do in the portal. The owner may do all of it, and alone may file qualification
 * documents, manage staff and read settlement statements.
 */
public enum StaffPermission {
    /** Products, their stock, images and CSV import/export. */
    PRODUCTS,
    /** The order queue, shipping and packing slips. */
    ORDERS,
    /** After-sales of the shop's goods: the after-sales queue and every answer to a case. */
    AFTER_SALES,
    /** The sales dashboard on the portal's home. */
    DASHBOARD
}
