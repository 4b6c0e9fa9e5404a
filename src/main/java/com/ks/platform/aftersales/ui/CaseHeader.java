package com.ks.platform.aftersales.ui;

import com.ks.platform.aftersales.CaseDetails;
import com.ks.platform.aftersales.CaseState;
import com.ks.platform.ui.Formats;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;

/**
 * The top of a case page, like a parcel tracker: the current step large, who must act and the time left, then the
 * item, the request and the amount to be refunded.
 */
class CaseHeader extends Div {

    CaseHeader(CaseDetails details, Instant now, boolean merchantSide) {
        addClassNames("ks-card", "ks-case-header");
        H1 state = new H1(getTranslation(details.state().messageKey()));
        state.addClassName("ks-case-state");
        add(state);
        if (details.nextActor() != null) {
            String perspective = merchantSide ? "aftersales.merchantWaitingFor." : "aftersales.waitingFor.";
            Div next = new Div(
                    new Span(getTranslation(perspective + details.nextActor().name())));
            next.addClassName("ks-case-next");
            if (details.deadlineAt() != null) {
                next.add(TimeLeft.of(this, details.deadlineAt(), now));
            }
            add(next);
        }
        add(new Paragraph(getTranslation("aftersales.caseNo", details.caseNo(), details.orderNo())));
        // a complaint names the order's line it is about, but claims no units of it
        add(new Paragraph(details.title()
                + (details.specText() == null ? "" : " · " + details.specText())
                + (details.quantity() > 0 ? " × " + details.quantity() : "")));
        add(new Paragraph(getTranslation(details.type().messageKey()) + " · "
                + getTranslation(details.reason().messageKey())));
        if (details.description() != null) {
            Paragraph description = new Paragraph(details.description());
            description.addClassName("ks-muted");
            add(description);
        }
        if (!details.evidence().isEmpty()) {
            add(evidence(details));
        }
        if (merchantSide && details.proposal() != null && details.state() == CaseState.PROPOSED) {
            add(new Paragraph(getTranslation(
                    "aftersales.proposal.line",
                    Formats.money(details.proposal().amountFen(), getLocale()),
                    details.proposal().note())));
        }
        if (!details.inspectionPhotos().isEmpty()) {
            add(new Paragraph(getTranslation("aftersales.inspectionPhotos")));
            add(FileLinks.of(
                    details.inspectionPhotos(),
                    "aftersales.inspectionPhotos.file",
                    CaseDetails.Evidence::url,
                    CaseDetails.Evidence::image));
        }
        if (details.type().refunds() || details.refundFen() > 0) {
            add(new Paragraph(
                    getTranslation("aftersales.refundAmount", Formats.money(details.refundFen(), getLocale()))));
        }
        if (details.returnAddress() != null) {
            add(new Paragraph(getTranslation("aftersales.returnAddressLine", details.returnAddress())));
        }
        parcel("aftersales.reshipParcel", details.reshipCarrier(), details.reshipTrackingNo());
    }

    private void parcel(String key, String carrier, String trackingNo) {
        if (trackingNo != null) {
            add(new Paragraph(getTranslation(key, getTranslation("carrier." + carrier), trackingNo)));
        }
    }

    private static Div evidence(CaseDetails details) {
        return FileLinks.of(details.evidence(), CaseDetails.Evidence::url, CaseDetails.Evidence::image);
    }
}
