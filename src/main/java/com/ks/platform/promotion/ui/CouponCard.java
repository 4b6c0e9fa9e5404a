package com.ks.platform.promotion.ui;

import com.ks.platform.promotion.CouponKind;
import com.ks.platform.promotion.CouponScope;
import com.ks.platform.promotion.CouponTerms;
import com.ks.platform.ui.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.function.Function;

/**
 * A coupon as a ticket: what it takes off and from when (满…可用, cap), its name, issuer, scope and validity, with an
 * action (领取, 去使用) on the right. {@code validUntil} is the claimed coupon's own end; null shows the template's terms.
 */
class CouponCard extends Div {

    CouponCard(CouponTerms terms, Instant validUntil, Function<String, String> categoryName, Component... actions) {
        addClassName("ks-coupon");
        if (terms.platform()) {
            addClassName("ks-coupon-platform");
        }
        Span value = new Span(value(terms));
        value.addClassName("ks-coupon-value");
        Span condition = new Span(condition(terms));
        condition.addClassName("ks-coupon-condition");
        Div left = new Div(value, condition);
        left.addClassName("ks-coupon-left");

        Span name = new Span(terms.name());
        name.addClassName("ks-coupon-name");
        Span issuer = new Span(
                terms.platform()
                        ? getTranslation("coupon.platform")
                        : getTranslation("coupon.shop", terms.storeName()));
        issuer.addClassName("ks-coupon-issuer");
        Div middle = new Div(new Div(issuer, name), scope(terms, categoryName), new Span(validity(terms, validUntil)));
        middle.addClassName("ks-coupon-body");

        Div right = new Div(actions);
        right.addClassName("ks-coupon-actions");
        add(left, middle, right);
    }

    private String value(CouponTerms terms) {
        return switch (terms.kind()) {
            case AMOUNT_OFF -> Formats.money(terms.amountOffFen(), getLocale());
            case PERCENT_OFF ->
                getTranslation(
                        "coupon.value.PERCENT_OFF",
                        BigDecimal.valueOf(100L - terms.percentOff(), 1)
                                .stripTrailingZeros()
                                .toPlainString(),
                        terms.percentOff());
            case FREE_SHIPPING -> getTranslation("coupon.value.FREE_SHIPPING");
        };
    }

    private String condition(CouponTerms terms) {
        String threshold = terms.thresholdFen() > 0
                ? getTranslation("coupon.threshold", Formats.money(terms.thresholdFen(), getLocale()))
                : getTranslation("coupon.noThreshold");
        if (terms.kind() == CouponKind.PERCENT_OFF) {
            return threshold + " · " + getTranslation("coupon.cap", Formats.money(terms.capFen(), getLocale()));
        }
        return threshold;
    }

    private Component scope(CouponTerms terms, Function<String, String> categoryName) {
        if (terms.scope() == CouponScope.PRODUCT) {
            return new Anchor("product/" + terms.scopeProductId(), getTranslation("coupon.scope.PRODUCT"));
        }
        return new Span(
                terms.scope() == CouponScope.CATEGORY
                        ? getTranslation("coupon.scope.CATEGORY", categoryName.apply(terms.scopeCategory()))
                        : getTranslation(terms.platform() ? "coupon.scope.ALL.platform" : "coupon.scope.ALL.shop"));
    }

    private String validity(CouponTerms terms, Instant validUntil) {
        if (validUntil != null) {
            return getTranslation("coupon.validUntil", Formats.dateTime(validUntil, getLocale()));
        }
        if (terms.validDays() != null) {
            return getTranslation("coupon.validDays", terms.validDays());
        }
        return getTranslation("coupon.validUntil", Formats.dateTime(terms.endsAt(), getLocale()));
    }
}
