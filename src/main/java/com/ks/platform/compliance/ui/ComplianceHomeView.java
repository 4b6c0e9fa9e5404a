package com.ks.platform.compliance.ui;

import com.ks.platform.identity.Roles;
import com.ks.platform.merchant.MerchantQueries;
import com.ks.platform.merchant.MerchantStatus;
import com.ks.platform.ui.Formats;
import com.ks.platform.ui.KpiCard;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;

/** The compliance home: merchants per qualification state, and the review queue, longest waiting first. */
@Route(ComplianceRoutes.HOME)
@Menu(title = "nav.compliance.home", order = 1, icon = "vaadin:clipboard-check")
@RolesAllowed(Roles.COMPLIANCE_OFFICER)
public class ComplianceHomeView extends VerticalLayout implements HasDynamicTitle {

    private static final List<MerchantStatus> SHOWN = List.of(
            MerchantStatus.SUBMITTED,
            MerchantStatus.NEEDS_INFO,
            MerchantStatus.REVERIFICATION_DUE,
            MerchantStatus.ACTIVE,
            MerchantStatus.REJECTED);

    public ComplianceHomeView(MerchantQueries merchants) {
        setPadding(false);
        Map<MerchantStatus, Integer> counts = merchants.countByStatus();
        KpiCard[] cards = SHOWN.stream()
                .map(status -> new KpiCard(
                        getTranslation("merchant.status." + status.name()),
                        Formats.number(counts.getOrDefault(status, 0), getLocale())))
                .toArray(KpiCard[]::new);
        add(
                new H2(getTranslation("compliance.home.title")),
                KpiCard.row(cards),
                new H3(getTranslation("compliance.queue.title")),
                new ReviewQueueGrid(merchants));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("surface.compliance");
    }
}
