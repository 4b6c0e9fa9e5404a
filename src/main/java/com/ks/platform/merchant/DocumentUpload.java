package com.ks.platform.merchant;

import java.time.LocalDate;

/**
 * A merchant files a document: the bytes as uploaded, the last day it is valid (null if it does not expire) and, for
 * the business licence, the company name as printed on it.
 */
public record DocumentUpload(
        DocumentKind kind, String fileName, byte[] content, LocalDate expiresOn, String licenceCompanyName) {}
