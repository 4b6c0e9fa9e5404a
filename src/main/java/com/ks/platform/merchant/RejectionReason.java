package com.ks.platform.merchant;

/** Why an application was refused; the officer adds free text for the merchant. */
public enum RejectionReason {
    LICENCE_UNREADABLE,
    COMPANY_MISMATCH,
    DOCUMENT_EXPIRED,
    PERMIT_MISSING,
    CREDIT_CODE_INVALID,
    DUPLICATE_MERCHANT,
    PROHIBITED_BUSINESS,
    OTHER
}
