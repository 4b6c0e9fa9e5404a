package com.ks.platform.compliance;

import com.ks.platform.merchant.DocumentKind;
import java.util.Set;

/** One checked item; {@code documents} names the documents at fault (missing, expired or expiring). */
public record ChecklistResult(ChecklistItem item, boolean passed, Set<DocumentKind> documents) {}
