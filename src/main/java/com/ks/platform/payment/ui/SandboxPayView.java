package com.ks.platform.payment.ui;

import com.ks.platform.ordering.PaymentMethod;
import com.ks.platform.payment.sandbox.SandboxCharge;
import com.ks.platform.payment.sandbox.SandboxGateway;
import com.ks.platform.ui.Formats;
import com.ks.platform.ui.QrCodes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;

/**
 * A sandbox provider's hosted page, standing where WeChat Pay's, Alipay's, UnionPay's, the card acquirer's or PayPal's
 * page would be: open to anyone holding the charge's unguessable id (like a provider's page), outside the shop's
 * layout, and plainly marked as a sandbox. Approving or declining makes the sandbox notify the platform over HTTP.
 */
@Route("sandbox-pay/:chargeId")
@AnonymousAllowed
public class SandboxPayView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final SandboxGateway sandbox;
    private SandboxCharge charge;

    public SandboxPayView(SandboxGateway sandbox) {
        this.sandbox = sandbox;
        addClassNames("ks-pay", "ks-sandbox-pay");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("payment.sandbox.title") + " · "
                + getTranslation(charge.method().messageKey());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var found = event.getRouteParameters().get("chargeId").flatMap(sandbox::charge);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        charge = found.get();
        show();
    }

    private void show() {
        removeAll();
        add(new H1(getTranslation("payment.sandbox.title") + " · "
                + getTranslation(charge.method().messageKey())));
        Paragraph banner = new Paragraph(getTranslation("payment.sandbox.banner"));
        banner.addClassName("ks-pay-sandbox-note");
        Div card = new Div();
        card.addClassNames("ks-card", "ks-pay-card");
        Span amount = new Span(Formats.money(charge.amountFen(), getLocale()));
        amount.addClassNames("ks-price", "ks-price-large", "ks-tabular");
        card.add(new Span(getTranslation("payment.sandbox.merchant")), amount);
        add(banner, card);
        if (!charge.open()) {
            card.add(new Paragraph(getTranslation("payment.sandbox.status." + charge.status())), backButton());
            return;
        }
        card.add(new Paragraph(
                getTranslation("payment.sandbox.expires", Formats.dateTime(charge.expiresAt(), getLocale()))));
        if (charge.qr()) {
            Image qr = new Image(
                    QrCodes.svgDataUrl("ks-sandbox://pay/" + charge.id()), getTranslation("payment.sandbox.qrAlt"));
            qr.addClassName("ks-sandbox-qr");
            qr.setWidth("200px");
            qr.setHeight("200px");
            card.add(
                    new Paragraph(getTranslation(
                            "payment.sandbox.scan." + charge.method().name())),
                    qr);
            Button approve = action("payment.sandbox.approve", () -> sandbox.approve(charge.id()));
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            card.add(approve);
        } else if (charge.method() == PaymentMethod.CARD) {
            card.add(new SandboxCardForm(sandbox, charge.id(), this::done));
        } else {
            card.add(new SandboxPaypalForm(sandbox, charge.id(), this::done));
        }
        Button decline = action("payment.sandbox.decline", () -> sandbox.decline(charge.id()));
        decline.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        Button abandon = new Button(getTranslation("payment.sandbox.abandon"), click -> back());
        abandon.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        card.add(new Div(decline, abandon));
    }

    private Button action(String key, Runnable action) {
        Button button = new Button(getTranslation(key));
        button.addClickListener(click -> SandboxSubmit.run(button, action, Map.of(), this::done));
        button.setDisableOnClick(true);
        return button;
    }

    /** After approval or decline: the sandbox has sent its notification; the shopper goes back to the shop. */
    void done() {
        charge = sandbox.charge(charge.id()).orElseThrow();
        show();
    }

    private Button backButton() {
        Button back = new Button(getTranslation("payment.sandbox.back"), click -> back());
        back.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return back;
    }

    private void back() {
        if (charge.checkoutId() == null) {
            // a repayment of a credit bill: back to the shopper's credit page
            UI.getCurrent().navigate("account/credit");
            return;
        }
        UI.getCurrent()
                .navigate(
                        "pay/" + charge.checkoutId(),
                        QueryParameters.of("payment", charge.merchantRef().toString()));
    }
}
