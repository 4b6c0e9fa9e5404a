package com.ks.platform.support.ui;

import com.ks.platform.aftersales.AfterSalesRoutes;
import com.ks.platform.aftersales.CaseSummary;
import com.ks.platform.credit.CreditOverview;
import com.ks.platform.identity.AccountDetails;
import com.ks.platform.ordering.OrderSummary;
import com.ks.platform.payment.PaymentQueries.OrderPayment;
import com.ks.platform.shared.PersonalDataMasks;
import com.ks.platform.ui.Formats;
import com.ks.platform.ui.RevealableText;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.UUID;

/**
 * Who the agent is answering, beside the conversation (UX: never switch screens): the account, its 先用后付 standing,
 * latest orders with their payment and refunds, after-sales cases (each opening the case) and earlier contacts.
 */
public class PersonContext extends Div {

    static final int RECENT = 5;

    private final PersonSources sources;

    PersonContext(PersonSources sources, UUID accountId, List<Component> earlierContacts) {
        this.sources = sources;
        addClassNames("ks-card", "ks-person-context");
        getElement().setAttribute("aria-label", getTranslation("desk.context.title"));
        AccountDetails account = sources.accounts().forStaff(accountId).orElse(null);
        if (account == null) {
            add(new H3(getTranslation("desk.context.title")), new Paragraph(getTranslation("desk.context.unknown")));
            return;
        }
        Span since = new Span(getTranslation("desk.context.since", Formats.dateTime(account.createdAt(), getLocale())));
        since.addClassName("ks-muted");
        // masked unless the agent says why the whole value is needed (the reveal is audited)
        H3 name = new H3(new RevealableText(
                PersonalDataMasks.name(account.displayName()),
                reason -> sources.reveals().revealAccount(accountId, reason).displayName()));
        Div email = new Div(new RevealableText(
                PersonalDataMasks.email(account.email()),
                reason -> sources.reveals().revealAccount(accountId, reason).email()));
        add(name, email, since);
        add(credit(accountId));
        add(section(
                "desk.context.orders",
                sources.orders().ordersOfAccount(accountId, RECENT).stream()
                        .map(this::order)
                        .toList()));
        add(section(
                "desk.context.cases",
                sources.afterSales().casesOfAccount(accountId, RECENT).stream()
                        .map(this::afterSalesCase)
                        .toList()));
        add(section("desk.context.tickets", earlierContacts));
    }

    private Component credit(UUID accountId) {
        Div credit = new Div(new H4(getTranslation("desk.context.credit")));
        sources.credit()
                .ofAccount(accountId)
                .ifPresentOrElse(
                        line -> credit.add(creditLine(line)),
                        () -> credit.add(new Span(getTranslation("desk.context.noCredit"))));
        return credit;
    }

    private Component creditLine(CreditOverview line) {
        Div text = new Div(new Span(getTranslation(line.standing().messageKey() + ".short") + " · "
                + getTranslation("credit.limit") + " " + Formats.money(line.limitFen(), getLocale()) + " · "
                + getTranslation("credit.owed") + " " + Formats.money(line.owedFen(), getLocale())));
        if (line.frozen()) {
            Span frozen = new Span(getTranslation("desk.context.creditFrozen"));
            frozen.addClassNames("ks-badge", "ks-deadline-overdue");
            text.add(frozen);
        }
        return text;
    }

    private Component order(OrderSummary order) {
        Span status = new Span(getTranslation(order.status().messageKey()));
        status.addClassName("ks-badge");
        Div summary = new Div(
                new Span(order.orderNo() + " · " + order.storeName() + " · "
                        + Formats.money(order.totalFen(), getLocale())),
                status);
        Details details = new Details(summary);
        details.addClassName("ks-context-order");
        order.lines()
                .forEach(line -> details.add(new Div(new Span(line.title()
                        + (line.specText() == null ? "" : "（" + line.specText() + "）") + " × " + line.quantity()))));
        details.add(new Div(
                new Span(getTranslation("desk.context.placedAt", Formats.dateTime(order.placedAt(), getLocale())))));
        sources.payments().ofOrder(order.id()).ifPresent(payment -> details.add(payment(payment)));
        return details;
    }

    private Component payment(OrderPayment paid) {
        String text = getTranslation(
                "desk.context.payment",
                getTranslation(paid.payment().method().messageKey()),
                getTranslation(paid.payment().status().messageKey()),
                Formats.money(paid.payment().amountFen(), getLocale()));
        if (paid.refundedFen() > 0) {
            text += " · " + getTranslation("desk.context.refunded", Formats.money(paid.refundedFen(), getLocale()));
        }
        return new Div(new Span(text));
    }

    private Component afterSalesCase(CaseSummary c) {
        Anchor link = new Anchor(AfterSalesRoutes.platformCase(c.id()), c.caseNo());
        Span state = new Span(getTranslation(c.state().messageKey()));
        state.addClassName("ks-badge");
        return new Div(link, new Span(" " + c.title() + " "), state);
    }

    private Component section(String titleKey, List<Component> rows) {
        Div section = new Div(new H4(getTranslation(titleKey)));
        section.addClassName("ks-context-section");
        if (rows.isEmpty()) {
            Span none = new Span(getTranslation("desk.context.none"));
            none.addClassName("ks-muted");
            section.add(none);
        } else {
            rows.forEach(section::add);
        }
        return section;
    }
}
