package com.ks.platform.merchant.ui;

import com.ks.platform.identity.Roles;
import com.ks.platform.merchant.MerchantRoutes;
import com.ks.platform.merchant.MerchantStaffService;
import com.ks.platform.merchant.StaffInvited;
import com.ks.platform.merchant.StaffMember;
import com.ks.platform.merchant.StaffPermission;
import com.ks.platform.merchant.StaffStatus;
import com.ks.platform.shared.DomainException;
import com.ks.platform.ui.Formats;
import com.ks.platform.ui.Notices;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;

/**
 * 员工管理 (the owner's alone): invitations and staff with their permissions; invite, change permissions, remove. An
 * invitation to an address without an account shows its one-time link once, for the owner to pass on.
 */
@Route(MerchantRoutes.STAFF)
@Menu(title = "nav.merchant.staff", order = 8, icon = "vaadin:users")
@RolesAllowed(Roles.MERCHANT)
public class MerchantStaffView extends Div implements HasDynamicTitle {

    private final MerchantStaffService staff;
    private final Grid<StaffMember> grid = new Grid<>();
    private final Div link = new Div();

    public MerchantStaffView(MerchantStaffService staff) {
        this.staff = staff;
        addClassName("ks-stack");
        Button invite = new Button(
                getTranslation("staff.invite.open"),
                click -> new StaffPermissionsDialog(null, EnumSet.noneOf(StaffPermission.class), this::invite).open());
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout top = new HorizontalLayout(new H2(getTranslation("nav.merchant.staff")), invite);
        top.setWidthFull();
        top.setJustifyContentMode(HorizontalLayout.JustifyContentMode.BETWEEN);
        top.setAlignItems(HorizontalLayout.Alignment.CENTER);
        Paragraph explain = new Paragraph(getTranslation("staff.explain"));
        explain.addClassName("ks-muted");

        grid.setId("merchant-staff");
        grid.addColumn(StaffMember::email)
                .setHeader(getTranslation("staff.email"))
                .setFlexGrow(2);
        grid.addColumn(m -> m.displayName() == null ? "" : m.displayName()).setHeader(getTranslation("staff.name"));
        grid.addColumn(m -> PermissionLabels.of(m.permissions(), this::getTranslation))
                .setHeader(getTranslation("staff.permissions"))
                .setFlexGrow(2);
        grid.addComponentColumn(this::status)
                .setHeader(getTranslation("staff.status"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true);
        grid.setItems(
                query -> staff.myStaff(query.getOffset(), query.getLimit()).stream(), query -> staff.countMyStaff());
        grid.setEmptyStateText(getTranslation("staff.empty"));
        grid.setAllRowsVisible(true);
        link.setId("invite-link-card");
        link.setVisible(false);
        add(top, explain, link, grid);
    }

    private void invite(String email, java.util.Set<StaffPermission> permissions) {
        StaffInvited invited = staff.invite(email, permissions);
        grid.getDataProvider().refreshAll();
        if (invited.token() == null) {
            link.setVisible(false);
            Notices.success("staff.invite.sentToAccount", email.strip());
            return;
        }
        TextField url = new TextField(getTranslation("staff.invite.link"));
        url.setId("invite-link");
        url.setValue(origin() + "/" + MerchantRoutes.STAFF_INVITATIONS + "?token=" + invited.token());
        url.setReadOnly(true);
        url.setWidthFull();
        Paragraph hint = new Paragraph(getTranslation("staff.invite.linkHint", email.strip()));
        link.removeAll();
        link.addClassName("ks-card");
        link.add(url, hint);
        link.setVisible(true);
        Notices.success("staff.invite.linkCreated");
    }

    private Component status(StaffMember member) {
        String text = getTranslation("staff.status." + member.status().name());
        if (member.status() == StaffStatus.INVITED) {
            text += " · " + getTranslation("staff.expires", Formats.dateTime(member.expiresAt(), getLocale()));
        }
        Span badge = new Span(text);
        badge.addClassNames("ks-status", member.status() == StaffStatus.ACTIVE ? "ks-status-ok" : "ks-status-pending");
        return badge;
    }

    private Component actions(StaffMember member) {
        Button edit = new Button(
                getTranslation("staff.edit.open"),
                click -> new StaffPermissionsDialog(member.email(), member.permissions(), (email, permissions) -> {
                            staff.changePermissions(member.id(), permissions);
                            grid.getDataProvider().refreshAll();
                            Notices.success("staff.edit.done");
                        })
                        .open());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button remove = new Button(getTranslation("staff.remove"), click -> confirmRemove(member));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(edit, remove);
    }

    private void confirmRemove(StaffMember member) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("staff.remove.title"));
        dialog.setText(getTranslation("staff.remove.text", member.email()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("staff.cancel"));
        dialog.setConfirmText(getTranslation("staff.remove"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(confirm -> {
            try {
                staff.remove(member.id());
                Notices.success("staff.remove.done", member.email());
            } catch (DomainException refused) {
                Notices.error(refused);
            }
            grid.getDataProvider().refreshAll();
        });
        dialog.open();
    }

    /** The address the owner reached the portal at, so the link works when passed on (behind a proxy: its host). */
    private static String origin() {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request == null) {
            return "";
        }
        String host = request.getHeader("Host");
        String scheme = request.isSecure() ? "https" : "http";
        return host == null || host.isBlank() ? "" : scheme + "://" + host;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.merchant.staff");
    }
}
