package com.ks.platform.merchant.ui;

import com.ks.platform.identity.Roles;
import com.ks.platform.merchant.MerchantQueries;
import com.ks.platform.merchant.MerchantRoutes;
import com.ks.platform.merchant.MerchantStatus;
import com.ks.platform.merchant.MerchantSummary;
import com.ks.platform.ui.Formats;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Where a merchant sees its qualification status, and the only page it sees until it may trade. */
@Route(MerchantRoutes.ONBOARDING)
@Menu(title = "nav.merchant.onboarding", order = 9, icon = "vaadin:diploma")
@RolesAllowed(Roles.MERCHANT)
public class OnboardingStatusView extends Div implements HasDynamicTitle {

    public OnboardingStatusView(MerchantQueries merchants) {
        addClassName("ks-card");
        add(new H2(getTranslation("onboarding.title")));
        merchants.myMerchant().ifPresentOrElse(this::show, () -> add(new Paragraph(getTranslation("onboarding.none"))));
    }

    private void show(MerchantSummary merchant) {
        Span status =
                new Span(getTranslation("merchant.status." + merchant.status().name()));
        status.addClassNames("ks-status", statusClass(merchant.status()));
        Paragraph facts = new Paragraph(merchant.storeName() + " · " + merchant.companyName());
        Paragraph since = new Paragraph(
                getTranslation("onboarding.since", Formats.dateTime(merchant.statusChangedAt(), getLocale())));
        since.addClassName("ks-muted");
        add(
                facts,
                status,
                since,
                new Paragraph(
                        getTranslation("onboarding.explain." + merchant.status().name())));
    }

    private static String statusClass(MerchantStatus status) {
        if (status.isTrading()) {
            return "ks-status-ok";
        }
        return status == MerchantStatus.REJECTED
                        || status == MerchantStatus.SUSPENDED
                        || status == MerchantStatus.TERMINATED
                ? "ks-status-bad"
                : "ks-status-pending";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("onboarding.title");
    }
}
