package com.ks.platform.compliance;

/** What the system checks before an officer decides; each item is shown as passed or failed. */
public enum ChecklistItem {
    CREDIT_CODE_VALID,
    COMPANY_NAME_MATCHES,
    REQUIRED_DOCUMENTS_PRESENT,
    NO_DOCUMENT_EXPIRING,
    CREDIT_CODE_UNIQUE
}
