package com.ks.platform.promotion.ui;

import com.ks.platform.promotion.CouponTerms;
import com.ks.platform.promotion.NewCouponTemplate;
import com.ks.platform.shared.DomainException;
import com.ks.platform.ui.Formats;
import com.ks.platform.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The issuer's coupons (a shop's in the portal, the platform's in the admin console), paged in the database, each with
 * its terms, claims and 停止发放; 新建优惠券 opens the form. Which coupons and which door is given by the view.
 */
class CouponIssuerPanel extends Div {

    /** What the panel may do for this issuer: its service calls. */
    record Issuer(
            PageFetch list,
            Supplier<Integer> count,
            Function<NewCouponTemplate, UUID> create,
            Consumer<UUID> stop,
            Supplier<CouponForm> form) {}

    @FunctionalInterface
    interface PageFetch {
        List<CouponTerms> page(int offset, int limit);
    }

    private final Issuer issuer;
    private final Grid<CouponTerms> grid = new Grid<>();

    CouponIssuerPanel(String title, Issuer issuer) {
        this.issuer = issuer;
        addClassName("ks-coupon-issuer-panel");
        Button create = new Button(getTranslation("couponAdmin.create"), click -> openForm());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.addColumn(CouponTerms::name)
                .setHeader(getTranslation("couponForm.name"))
                .setAutoWidth(true);
        grid.addColumn(this::terms)
                .setHeader(getTranslation("couponAdmin.terms"))
                .setAutoWidth(true);
        grid.addColumn(t ->
                        Formats.dateTime(t.startsAt(), getLocale()) + " – " + Formats.dateTime(t.endsAt(), getLocale()))
                .setHeader(getTranslation("couponAdmin.window"))
                .setAutoWidth(true);
        grid.addColumn(t -> Formats.number(t.claimedCount(), getLocale()) + " / "
                        + Formats.number(t.totalLimit(), getLocale()))
                .setHeader(getTranslation("couponAdmin.claimed"));
        grid.addComponentColumn(this::state).setHeader(getTranslation("couponAdmin.state"));
        grid.setItems(
                query -> issuer.list().page(query.getOffset(), query.getLimit()).stream(),
                q -> issuer.count().get());
        grid.setAllRowsVisible(true);
        add(new H2(title), create, grid);
    }

    private String terms(CouponTerms t) {
        String value = switch (t.kind()) {
            case AMOUNT_OFF -> getTranslation("couponAdmin.amountOff", Formats.money(t.amountOffFen(), getLocale()));
            case PERCENT_OFF ->
                getTranslation("couponAdmin.percentOff", t.percentOff(), Formats.money(t.capFen(), getLocale()));
            case FREE_SHIPPING -> getTranslation(t.kind().messageKey());
        };
        String threshold = t.thresholdFen() > 0
                ? getTranslation("coupon.threshold", Formats.money(t.thresholdFen(), getLocale()))
                : getTranslation("coupon.noThreshold");
        return value + " · " + threshold + " · "
                + getTranslation("couponForm.scope." + t.scope().name())
                + (t.newUserGift() ? " · " + getTranslation("couponForm.gift") : "");
    }

    private com.vaadin.flow.component.Component state(CouponTerms t) {
        if (t.stopped()) {
            return new Span(getTranslation("couponAdmin.stopped"));
        }
        Button stop = new Button(getTranslation("couponAdmin.stop"), click -> {
            try {
                issuer.stop().accept(t.id());
                Notices.success("couponAdmin.stoppedNotice", t.name());
                grid.getDataProvider().refreshAll();
            } catch (DomainException refused) {
                Notices.error(refused);
            }
        });
        stop.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        stop.getElement().setAttribute("aria-label", getTranslation("couponAdmin.stopNamed", t.name()));
        return stop;
    }

    private void openForm() {
        CouponForm form = issuer.form().get();
        Dialog dialog = new Dialog(form);
        dialog.setHeaderTitle(getTranslation("couponAdmin.create"));
        dialog.setWidth("min(720px, 95vw)");
        Button save = new Button(getTranslation("couponAdmin.save"), click -> {
            try {
                issuer.create().apply(form.value());
                Notices.success("couponAdmin.created");
                dialog.close();
                grid.getDataProvider().refreshAll();
            } catch (DomainException refused) {
                Notices.error(refused);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("couponAdmin.cancel"), click -> dialog.close()), save);
        dialog.open();
    }
}
