package com.ks.platform.promotion.ui;

import com.ks.platform.identity.Roles;
import com.ks.platform.promotion.CouponService;
import com.ks.platform.promotion.CouponTerms;
import com.ks.platform.shared.CurrentActor;
import com.ks.platform.shared.DomainException;
import com.ks.platform.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import java.util.UUID;

/**
 * 领取 for a shopper (已领取 once they hold as many as they may); a visitor is sent to sign in and brought back
 * ({@link CouponSignInView}); other roles see no button.
 */
class ClaimButton extends Button {

    ClaimButton(CouponService coupons, CouponTerms terms, boolean held, UUID backToProduct) {
        addClassName("ks-coupon-claim");
        addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        if (CurrentActor.get().isEmpty()) {
            setText(getTranslation("coupon.claimSignIn"));
            addClickListener(click -> getUI().ifPresent(
                            ui -> ui.navigate(CouponSignInView.ROUTE, CouponSignInView.query(backToProduct))));
            return;
        }
        if (!CurrentActor.hasRole(Roles.SHOPPER)) {
            setVisible(false);
            return;
        }
        setText(getTranslation("coupon.claim"));
        getElement().setAttribute("aria-label", getTranslation("coupon.claimNamed", terms.name()));
        if (held) {
            claimed(terms.name());
        }
        addClickListener(click -> {
            try {
                coupons.claim(terms.id());
                Notices.success("coupon.claimed", terms.name());
                if (coupons.claimedUpToLimit(java.util.List.of(terms.id())).contains(terms.id())) {
                    claimed(terms.name());
                }
            } catch (DomainException refused) {
                Notices.error(refused);
            }
        });
    }

    /** The accessible name keeps the visible text first (WCAG 2.5.3 label in name). */
    private void claimed(String name) {
        setText(getTranslation("coupon.held"));
        getElement().setAttribute("aria-label", getTranslation("coupon.heldNamed", name));
        setEnabled(false);
        removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
    }
}
