package com.ks.platform.promotion.ui;

import com.ks.platform.identity.Roles;
import com.ks.platform.promotion.PromotionRoutes;
import com.ks.platform.promotion.points.PointsCouponOffer;
import com.ks.platform.promotion.points.PointsEntry;
import com.ks.platform.promotion.points.PointsOverview;
import com.ks.platform.promotion.points.PointsService;
import com.ks.platform.shared.DomainException;
import com.ks.platform.ui.Buttons;
import com.ks.platform.ui.Formats;
import com.ks.platform.ui.Notices;
import com.ks.platform.ui.StorefrontLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * 我的积分: the balance with what expires at the end of this year, the daily check-in, coupons for points, and the history
 * (newest first, a page at a time).
 */
@Route(value = PromotionRoutes.POINTS, layout = StorefrontLayout.class)
@RolesAllowed(Roles.SHOPPER)
public class PointsView extends Div implements HasDynamicTitle {

    static final int PAGE = 20;

    private final PointsService points;
    private final Div summary = new Div();
    private final Div offers = new Div();
    private final Div history = new Div();
    private final Paragraph empty = new Paragraph();
    private final Button more = new Button();
    private int shown;
    private int total;

    public PointsView(PointsService points) {
        this.points = points;
        addClassName("ks-points");
        summary.addClassNames("ks-card", "ks-points-summary");
        offers.addClassNames("ks-card", "ks-points-offers");
        history.addClassName("ks-points-history");
        empty.addClassName("ks-muted");
        empty.setText(getTranslation("points.history.empty"));
        more.setText(getTranslation("points.history.more"));
        more.addClickListener(click -> showMore());
        Div historyCard = new Div(new H2(getTranslation("points.history")), empty, history, more);
        historyCard.addClassName("ks-card");
        add(
                new H1(getTranslation("points.title")),
                new Paragraph(new RouterLink(getTranslation("points.toMembership"), MembershipView.class)),
                summary,
                offers,
                historyCard);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("points.title") + " · Ks 下单平台";
    }

    private void refresh() {
        PointsOverview me = points.mine();
        summary.removeAll();
        Span balance = new Span(Formats.number(me.balance(), getLocale()));
        balance.addClassName("ks-points-balance");
        summary.add(new Span(getTranslation("points.balance")), balance);
        if (me.expiringThisYear() > 0) {
            Paragraph expiring = new Paragraph(getTranslation(
                    "points.expiring",
                    Formats.number(me.expiringThisYear(), getLocale()),
                    me.expiringOn().toString()));
            expiring.addClassName("ks-points-expiring");
            summary.add(expiring);
        }
        summary.add(new Paragraph(getTranslation("points.worth", Formats.number(me.pointsPerYuan(), getLocale()))));
        Button checkIn = new Button(
                me.checkedInToday()
                        ? getTranslation("points.checkedIn")
                        : getTranslation("points.checkIn", Formats.number(me.checkInPoints(), getLocale())));
        checkIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        checkIn.setEnabled(!me.checkedInToday());
        checkIn.addClassName("ks-points-check-in");
        if (!me.checkedInToday()) {
            Buttons.submitting(
                    checkIn,
                    () -> act(() -> {
                        long earned = points.checkIn();
                        Notices.success("points.checkedIn.notice", Formats.number(earned, getLocale()));
                    }));
        }
        summary.add(checkIn);
        showOffers(me.balance());
        history.removeAll();
        shown = 0;
        total = points.countHistory();
        empty.setVisible(total == 0);
        showMore();
    }

    private void showOffers(long balance) {
        offers.removeAll();
        List<PointsCouponOffer> available = points.couponOffers();
        offers.setVisible(!available.isEmpty());
        offers.add(new H2(getTranslation("points.offers")));
        for (PointsCouponOffer offer : available) {
            Span name = new Span(offer.name());
            Button take = new Button(getTranslation("points.exchange", Formats.number(offer.points(), getLocale())));
            take.setEnabled(balance >= offer.points());
            Buttons.submitting(
                    take,
                    () -> act(() -> {
                        points.exchangeForCoupon(offer.templateId());
                        Notices.success("points.exchanged", offer.name());
                    }));
            Div row = new Div(name, take);
            row.addClassName("ks-points-offer");
            offers.add(row);
        }
    }

    /** Runs a shopper's action and shows the new balance; a refusal is named and nothing changes. */
    private void act(Runnable action) {
        try {
            action.run();
            refresh();
        } catch (DomainException refused) {
            Notices.error(refused);
        }
    }

    private void showMore() {
        List<PointsEntry> page = points.history(shown, PAGE);
        for (PointsEntry entry : page) {
            Span what = new Span(getTranslation(entry.kind().messageKey()));
            Span when = new Span(Formats.dateTime(entry.createdAt(), getLocale()));
            when.addClassName("ks-muted");
            Span amount = new Span((entry.points() > 0 ? "+" : "") + Formats.number(entry.points(), getLocale()));
            amount.addClassNames("ks-tabular", entry.points() > 0 ? "ks-points-plus" : "ks-points-minus");
            Div row = new Div(new Div(what, when), amount);
            row.addClassName("ks-points-entry");
            history.add(row);
        }
        shown += page.size();
        more.setVisible(shown < total);
    }
}
