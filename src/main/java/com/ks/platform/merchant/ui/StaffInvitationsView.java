package com.ks.platform.merchant.ui;

import com.ks.platform.merchant.MerchantRoutes;
import com.ks.platform.merchant.MerchantStaffService;
import com.ks.platform.merchant.StaffInvitation;
import com.ks.platform.shared.DomainException;
import com.ks.platform.ui.Formats;
import com.ks.platform.ui.Notices;
import com.ks.platform.ui.StorefrontLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * 店铺邀请: where a person accepts to work for a shop — the invitations addressed to their account, or the one of the
 * link they were given ({@code ?token=…}). Accepting adds the merchant role, which takes a fresh sign-in to use.
 */
@Route(value = MerchantRoutes.STAFF_INVITATIONS, layout = StorefrontLayout.class)
@PermitAll
public class StaffInvitationsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final MerchantStaffService staff;
    private final AuthenticationContext authentication;
    private String token;

    public StaffInvitationsView(MerchantStaffService staff, AuthenticationContext authentication) {
        this.staff = staff;
        this.authentication = authentication;
        addClassName("ks-stack");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> tokens =
                event.getLocation().getQueryParameters().getParameters().get("token");
        token = tokens == null || tokens.isEmpty() ? null : tokens.getFirst();
        render();
    }

    private void render() {
        removeAll();
        add(new H2(getTranslation("staffInvitation.title")));
        if (token != null) {
            Div card = card();
            card.add(new Paragraph(getTranslation("staffInvitation.link")));
            Button accept = new Button(
                    getTranslation("staffInvitation.accept"), click -> accepted(() -> staff.acceptToken(token)));
            accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            card.add(accept);
        }
        List<StaffInvitation> open = staff.myInvitations();
        for (StaffInvitation invitation : open) {
            Div card = card();
            card.add(
                    new H3(invitation.storeName()),
                    new Paragraph(getTranslation("staffInvitation.permissions", permissions(invitation))),
                    new Paragraph(getTranslation(
                            "staffInvitation.expires", Formats.dateTime(invitation.expiresAt(), getLocale()))));
            Button accept = new Button(
                    getTranslation("staffInvitation.accept"), click -> accepted(() -> staff.accept(invitation.id())));
            accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            card.add(accept);
        }
        if (token == null && open.isEmpty()) {
            add(new Paragraph(getTranslation("staffInvitation.none")));
        }
    }

    private void accepted(java.util.function.Supplier<StaffInvitation> accept) {
        try {
            StaffInvitation joined = accept.get();
            removeAll();
            add(new H2(getTranslation("staffInvitation.title")));
            Div card = card();
            card.add(
                    new Paragraph(getTranslation("staffInvitation.joined", joined.storeName(), permissions(joined))),
                    new Paragraph(getTranslation("staffInvitation.signInAgain")));
            Button signIn =
                    new Button(getTranslation("staffInvitation.signInAgainButton"), click -> authentication.logout());
            signIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            card.add(signIn);
            token = null;
        } catch (DomainException refused) {
            Notices.error(refused);
        }
    }

    private String permissions(StaffInvitation invitation) {
        return PermissionLabels.of(invitation.permissions(), this::getTranslation);
    }

    private Div card() {
        return Cards.addTo(this);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staffInvitation.title");
    }
}
