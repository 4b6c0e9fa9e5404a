package com.ks.platform.ordering.ui;

import com.ks.platform.ordering.CheckoutQuote;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** The sticky bar at the bottom of checkout: every cost, and 提交订单 (disabled while it runs, against double clicks). */
class CheckoutBar extends Div {

    private final PriceSummary summary = new PriceSummary();
    private final Span hint = new Span();
    private final Button submit;
    private boolean placeable;
    private boolean addressMissing;

    CheckoutBar(Runnable onSubmit) {
        addClassName("ks-checkout-bar");
        submit = new Button(getTranslation("checkout.submit"), click -> onSubmit.run());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        submit.setDisableOnClick(true);
        submit.addClassName("ks-checkout-submit");
        hint.addClassName("ks-muted");
        Div action = new Div(hint, submit);
        action.addClassName("ks-checkout-bar-action");
        add(summary, action);
    }

    void show(CheckoutQuote quote) {
        summary.show(quote.itemsFen(), quote.shippingFen(), quote.discountFen(), quote.totalFen(), quote.benefits());
        // a price change has been shown on this page, so it no longer stops the order; anything else does
        placeable = !quote.shops().isEmpty()
                && quote.issues().stream().allMatch(i -> i.kind() == CheckoutQuote.Issue.Kind.PRICE_CHANGED);
        update();
    }

    void setAddressMissing(boolean missing) {
        addressMissing = missing;
        update();
    }

    /** Enables the button again after a refused submission. */
    void ready() {
        update();
    }

    private void update() {
        submit.setEnabled(placeable && !addressMissing);
        hint.setText(
                addressMissing
                        ? getTranslation("checkout.noAddress")
                        : placeable ? "" : getTranslation("checkout.fixIssues"));
    }
}
