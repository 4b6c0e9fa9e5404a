package com.ks.platform.aftersales.ui;

import com.ks.platform.aftersales.CaseReason;
import com.ks.platform.aftersales.CaseType;
import com.ks.platform.aftersales.Eligibility;
import com.ks.platform.ui.Formats;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/**
 * The rules of the chosen reason, shown before the shopper submits: until when it may be asked, who pays the return
 * shipping, how long the merchant has to answer, and what comes back for the quantity chosen.
 */
class ApplyRules extends Div {

    private final long merchantAnswerHours;

    ApplyRules(long merchantAnswerHours) {
        this.merchantAnswerHours = merchantAnswerHours;
        addClassNames("ks-card", "ks-apply-rules");
    }

    void show(CaseReason reason, Eligibility.Verdict verdict, long refundFen) {
        removeAll();
        if (reason == null || verdict == null) {
            add(new Paragraph(getTranslation("aftersales.apply.pickReason")));
            return;
        }
        if (!verdict.allowed()) {
            add(new Paragraph(getTranslation(verdict.refusalKey())));
            return;
        }
        if (reason.type() == CaseType.COMPLAINT) {
            add(new Paragraph(getTranslation("aftersales.apply.complaintRules")));
            return;
        }
        if (verdict.windowClosesAt() != null) {
            add(new Paragraph(getTranslation(
                    "aftersales.apply.windowCloses", Formats.dateTime(verdict.windowClosesAt(), getLocale()))));
        }
        if (reason.type().returnsGoods()) {
            add(new Paragraph(getTranslation(
                    verdict.shopperPaysShipping() ? "aftersales.apply.shopperPays" : "aftersales.apply.merchantPays")));
        }
        add(new Paragraph(getTranslation("aftersales.apply.merchantAnswers", merchantAnswerHours)));
        if (reason.type().refunds()) {
            add(new Paragraph(getTranslation("aftersales.refundAmount", Formats.money(refundFen, getLocale()))));
        }
    }
}
