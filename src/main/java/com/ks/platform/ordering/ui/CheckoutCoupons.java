package com.ks.platform.ordering.ui;

import com.ks.platform.ordering.BenefitPlan;
import com.ks.platform.ordering.CheckoutQuote;
import com.ks.platform.ui.Formats;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * 优惠券 at checkout: one choice for the platform coupon and one per shop, the suggested best combination preselected,
 * each option with what it takes off here; 不使用优惠券 clears a choice. A change re-prices the page before submitting.
 */
class CheckoutCoupons extends Div {

    private final Map<UUID, Select<BenefitPlan.Option>> choices = new LinkedHashMap<>();

    /** Shown only when the shopper has a coupon that applies; {@code onChange} gets the chosen coupons. */
    CheckoutCoupons(CheckoutQuote quote, Consumer<Set<UUID>> onChange) {
        addClassNames("ks-card", "ks-checkout-coupons");
        add(new H2(getTranslation("checkout.coupons")));
        BenefitPlan plan = quote.benefits();
        Set<UUID> applied = new HashSet<>();
        plan.applied().forEach(a -> applied.add(a.benefitId()));
        addChoice(null, getTranslation("checkout.coupon.platform"), plan, applied);
        for (CheckoutQuote.ShopQuote shop : quote.shops()) {
            addChoice(shop.merchantId(), getTranslation("checkout.coupon.shop", shop.storeName()), plan, applied);
        }
        choices.values()
                .forEach(select -> select.addValueChangeListener(change -> {
                    if (change.isFromClient()) {
                        onChange.accept(chosen());
                    }
                }));
    }

    boolean hasChoices() {
        return !choices.isEmpty();
    }

    private void addChoice(UUID merchantId, String label, BenefitPlan plan, Set<UUID> applied) {
        List<BenefitPlan.Option> options = plan.options().stream()
                .filter(o -> o.kind() == BenefitPlan.Kind.COUPON)
                .filter(o -> Objects.equals(o.merchantId(), merchantId))
                .toList();
        if (options.isEmpty()) {
            return;
        }
        Select<BenefitPlan.Option> select = new Select<>();
        select.setLabel(label);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("checkout.coupon.none"));
        select.setItems(options);
        select.setItemLabelGenerator(o -> o == null
                ? getTranslation("checkout.coupon.none")
                : getTranslation("checkout.coupon.option", o.name(), Formats.money(o.discountFen(), getLocale())));
        options.stream()
                .filter(o -> applied.contains(o.benefitId()))
                .findFirst()
                .ifPresent(select::setValue);
        select.addClassName("ks-checkout-coupon-choice");
        choices.put(merchantId, select);
        add(select);
    }

    private Set<UUID> chosen() {
        Set<UUID> chosen = new HashSet<>();
        choices.values().forEach(select -> {
            if (select.getValue() != null) {
                chosen.add(select.getValue().benefitId());
            }
        });
        return chosen;
    }
}
