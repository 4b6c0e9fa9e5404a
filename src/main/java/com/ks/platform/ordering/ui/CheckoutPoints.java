package com.ks.platform.ordering.ui;

import com.ks.platform.ordering.BenefitPlan;
import com.ks.platform.ordering.CheckoutQuote;
import com.ks.platform.ui.Formats;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * 积分抵扣 at checkout: one box, never ticked for the shopper, offering the most points the rules allow here and what they
 * take off; ticking it re-prices the page before submitting, so the amount spent is the amount shown.
 */
class CheckoutPoints extends Div {

    private CheckoutPoints(BenefitPlan.Option offer, boolean used, Consumer<Boolean> onChange) {
        addClassNames("ks-card", "ks-checkout-points");
        add(new H2(getTranslation("checkout.points")));
        Checkbox use = new Checkbox(getTranslation(
                "checkout.points.use",
                Formats.number(offer.quantity(), getLocale()),
                Formats.money(offer.discountFen(), getLocale())));
        use.setValue(used);
        use.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                onChange.accept(change.getValue());
            }
        });
        add(use);
    }

    /** Shown only when the shopper holds enough points to spend some here. */
    static Optional<CheckoutPoints> of(CheckoutQuote quote, Consumer<Boolean> onChange) {
        boolean used = quote.benefits().applied().stream().anyMatch(a -> a.kind() == BenefitPlan.Kind.POINTS);
        return quote.benefits().options().stream()
                .filter(o -> o.kind() == BenefitPlan.Kind.POINTS)
                .findFirst()
                .map(offer -> new CheckoutPoints(offer, used, onChange));
    }
}
