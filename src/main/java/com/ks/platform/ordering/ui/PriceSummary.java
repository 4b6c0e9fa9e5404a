package com.ks.platform.ordering.ui;

import com.ks.platform.ordering.BenefitPlan;
import com.ks.platform.ui.Formats;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * Items, shipping, discount and the total, each on its own line: every cost is visible before the last click
 * (E-Commerce Law art. 17, Consumer Protection Law art. 20: truthful and complete price information).
 */
class PriceSummary extends Div {

    PriceSummary() {
        addClassName("ks-price-summary");
    }

    void show(long itemsFen, long shippingFen, long discountFen, long totalFen) {
        show(itemsFen, shippingFen, discountFen, totalFen, BenefitPlan.NONE);
    }

    /** With the member discount and the points spent named under the discount (会员优惠, 积分抵扣). */
    void show(long itemsFen, long shippingFen, long discountFen, long totalFen, BenefitPlan benefits) {
        removeAll();
        row("checkout.items", Formats.money(itemsFen, getLocale()), false);
        row(
                "checkout.shipping",
                shippingFen == 0 ? getTranslation("checkout.freeShipping") : Formats.money(shippingFen, getLocale()),
                false);
        row("checkout.discount", "-" + Formats.money(discountFen, getLocale()), false);
        long member = benefits.discountFen(BenefitPlan.Kind.MEMBER);
        if (member > 0) {
            row(getTranslation("checkout.memberDiscount"), "-" + Formats.money(member, getLocale()), false, true);
        }
        benefits.applied().stream()
                .filter(a -> a.kind() == BenefitPlan.Kind.POINTS)
                .forEach(points -> row(
                        // a points benefit's name is the number of points it spends
                        getTranslation(
                                "checkout.pointsDiscount", Formats.number(Long.parseLong(points.name()), getLocale())),
                        "-" + Formats.money(points.discountFen(), getLocale()),
                        false,
                        true));
        row("checkout.total", Formats.money(totalFen, getLocale()), true);
    }

    private void row(String labelKey, String value, boolean total) {
        row(getTranslation(labelKey), value, total, false);
    }

    private void row(String text, String value, boolean total, boolean part) {
        Span label = new Span(text);
        Span amount = new Span(value);
        amount.addClassName("ks-tabular");
        Div row = new Div(label, amount);
        row.addClassName("ks-price-summary-row");
        if (total) {
            row.addClassName("ks-price-summary-total");
            amount.addClassName("ks-price");
        }
        if (part) {
            row.addClassName("ks-price-summary-part");
        }
        add(row);
    }
}
