package com.ks.platform.web.ui;

import com.ks.platform.backup.BackupRoutes;
import com.ks.platform.identity.AccountQueries;
import com.ks.platform.identity.Role;
import com.ks.platform.identity.Roles;
import com.ks.platform.merchant.MerchantQueries;
import com.ks.platform.merchant.MerchantStatus;
import com.ks.platform.settings.SettingsRoutes;
import com.ks.platform.ui.Formats;
import com.ks.platform.ui.KpiCard;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.Map;

/** The administrators' overview: who uses the platform and how many merchants trade. */
@Route("admin")
@Menu(title = "nav.admin.home", order = 1, icon = "vaadin:dashboard")
@RolesAllowed(Roles.ADMIN)
public class AdminHomeView extends VerticalLayout implements HasDynamicTitle {

    public AdminHomeView(AccountQueries accounts, MerchantQueries merchants) {
        setPadding(false);
        Map<Role, Integer> byRole = accounts.countByRole();
        KpiCard[] roleCards = Arrays.stream(Role.values())
                .map(role -> new KpiCard(
                        getTranslation("role." + role.name()),
                        Formats.number(byRole.getOrDefault(role, 0), getLocale())))
                .toArray(KpiCard[]::new);
        Map<MerchantStatus, Integer> byStatus = merchants.countByStatus();
        int trading = byStatus.getOrDefault(MerchantStatus.ACTIVE, 0) + byStatus.getOrDefault(MerchantStatus.WARNED, 0);
        int waiting = byStatus.entrySet().stream()
                .filter(e -> e.getKey().awaitsReview())
                .mapToInt(Map.Entry::getValue)
                .sum();
        add(
                new H2(getTranslation("admin.home.title")),
                new H3(getTranslation("admin.home.accounts")),
                KpiCard.row(roleCards),
                new H3(getTranslation("admin.home.merchants")),
                KpiCard.row(
                        new KpiCard(getTranslation("admin.home.trading"), Formats.number(trading, getLocale())),
                        new KpiCard(getTranslation("admin.home.waiting"), Formats.number(waiting, getLocale()))),
                new Anchor(BackupRoutes.BACKUPS, getTranslation("admin.home.backups")),
                new Anchor(SettingsRoutes.SETTINGS, getTranslation("admin.home.settings")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("surface.admin");
    }
}
