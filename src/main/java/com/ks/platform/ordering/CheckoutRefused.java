package com.ks.platform.ordering;

import com.ks.platform.shared.RuleViolated;
import java.util.List;

/** The checkout cannot be placed as it stands; the issues say which lines and why (nothing was written). */
public class CheckoutRefused extends RuleViolated {

    private final List<CheckoutQuote.Issue> issues;

    CheckoutRefused(List<CheckoutQuote.Issue> issues) {
        super(
                "error.checkout." + issues.getFirst().kind().name(),
                issues.getFirst().title());
        this.issues = List.copyOf(issues);
    }

    public List<CheckoutQuote.Issue> issues() {
        return issues;
    }
}
