package com.ks.platform.aftersales.ui;

import com.ks.platform.aftersales.CaseDetails;
import com.ks.platform.aftersales.CaseState;
import com.ks.platform.ui.Formats;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
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
        add(new Paragraph(details.title() + (details.specText() == null ? "" : " · " + details.specText()) + " × "
                + details.quantity()));
        add(new Paragraph(getTranslation(details.type().messageKey()) + " · "
                + getTranslation(details.reason().messageKey())));
        if (details.description() != null) {
            Paragraph description = new Paragraph(details.description());
            description.addClassName("ks-muted");
            add(description);
        }
        if (!details.evidence().isEmpty()) {
            add(files(details.evidence(), "aftersales.evidence.file"));
        }
        if (merchantSide && details.proposal() != null && details.state() == CaseState.PROPOSED) {
            add(new Paragraph(getTranslation(
                    "aftersales.proposal.line",
                    Formats.money(details.proposal().amountFen(), getLocale()),
                    details.proposal().note())));
        }
        if (!details.inspectionPhotos().isEmpty()) {
            add(new Paragraph(getTranslation("aftersales.inspectionPhotos")));
            add(files(details.inspectionPhotos(), "aftersales.inspectionPhotos.file"));
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

    private Div files(java.util.List<CaseDetails.Evidence> attached, String labelKey) {
        Div files = new Div();
        files.addClassName("ks-case-evidence");
        int number = 1;
        for (CaseDetails.Evidence file : attached) {
            String label = getTranslation(labelKey, number++);
            if (file.image()) {
                Image image = new Image(file.url(), label);
                Anchor link = new Anchor(file.url(), image);
                link.setTarget("_blank");
                files.add(link);
            } else {
                Anchor link = new Anchor(file.url(), label + " (PDF)");
                link.setTarget("_blank");
                files.add(link);
            }
        }
        return files;
    }
}
