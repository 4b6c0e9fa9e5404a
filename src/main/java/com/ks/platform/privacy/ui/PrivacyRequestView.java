package com.ks.platform.privacy.ui;

import com.ks.platform.identity.AccountQueries;
import com.ks.platform.identity.Roles;
import com.ks.platform.privacy.PrivacyRequestSummary;
import com.ks.platform.privacy.PrivacyRequests;
import com.ks.platform.privacy.PrivacyRoutes;
import com.ks.platform.shared.RuleViolated;
import com.ks.platform.ui.Buttons;
import com.ks.platform.ui.FieldErrors;
import com.ks.platform.ui.Formats;
import com.ks.platform.ui.Notices;
import com.ks.platform.ui.RouteObjects;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;

/** One privacy request: who asked what and by when it must be answered; the officer's reply resolves it. */
@Route(PrivacyRoutes.REQUESTS + "/:requestId")
@RolesAllowed(Roles.COMPLIANCE_OFFICER)
public class PrivacyRequestView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final PrivacyRequests requests;
    private final AccountQueries accounts;
    private String title = "";

    public PrivacyRequestView(PrivacyRequests requests, AccountQueries accounts) {
        this.requests = requests;
        this.accounts = accounts;
        addClassName("ks-card");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteObjects.showOrNotFound(event, "requestId", RouteObjects.orEmpty(requests::find), this::show);
    }

    private void show(PrivacyRequestSummary request) {
        removeAll();
        title = getTranslation("pipl.request.heading", request.requestNo());
        String requester = accounts.forStaff(request.accountId())
                .map(a -> a.displayName() + " · " + a.email())
                .orElse("");
        add(
                new Anchor(PrivacyRoutes.REQUESTS, getTranslation("pipl.queue.back")),
                new H2(title),
                new Paragraph(getTranslation(
                        "pipl.request.kindLine",
                        getTranslation("pipl.request.kind." + request.kind().name()))),
                new Paragraph(getTranslation("pipl.request.requester", requester)),
                new Paragraph(getTranslation(
                        "pipl.request.receivedLine",
                        Formats.dateTime(request.receivedAt(), getLocale()),
                        request.dueOn().toString())),
                new H3(getTranslation("pipl.request.body")),
                new Paragraph(request.body()));
        if (request.resolved()) {
            add(
                    new H3(getTranslation("pipl.request.resolved")),
                    new Paragraph(request.reply()),
                    new Paragraph(Formats.dateTime(request.resolvedAt(), getLocale())));
            return;
        }
        TextArea reply = new TextArea(getTranslation("pipl.queue.reply"));
        reply.setMaxLength(PrivacyRequests.MAX_TEXT);
        reply.setWidthFull();
        reply.setRequiredIndicatorVisible(true);
        Button resolve = Buttons.submitting(new Button(getTranslation("pipl.queue.resolve")), () -> {
            try {
                requests.resolve(request.id(), reply.getValue());
                Notices.success("pipl.queue.resolved");
                show(requests.find(request.id()));
            } catch (RuleViolated refused) {
                if (!FieldErrors.show(refused, Map.of("reply", reply))) {
                    Notices.error(refused);
                }
            }
        });
        resolve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(reply, resolve);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
