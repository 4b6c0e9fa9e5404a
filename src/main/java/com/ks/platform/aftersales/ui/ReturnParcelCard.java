package com.ks.platform.aftersales.ui;

import com.ks.platform.aftersales.CaseDetails;
import com.ks.platform.ui.Formats;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * The return parcel like an outbound one: carrier and tracking number, the booked pickup (address, day, window) and
 * the stages the carrier reported, newest first. Hidden until the goods are on their way back.
 */
class ReturnParcelCard extends Div {

    ReturnParcelCard(CaseDetails details) {
        addClassNames("ks-card", "ks-case-return-parcel");
        if (details.returnTrackingNo() == null) {
            setVisible(false);
            return;
        }
        add(new H2(getTranslation("aftersales.returnParcel.title")));
        Span parcel =
                new Span(getTranslation("carrier." + details.returnCarrier()) + " · " + details.returnTrackingNo());
        parcel.addClassNames("ks-shipment-carrier", "ks-tabular");
        add(parcel);
        if (details.pickup() != null) {
            add(new Paragraph(getTranslation(
                    "aftersales.pickup.booked",
                    details.pickup().day().toString(),
                    details.pickup().window().label(),
                    details.pickup().address())));
        }
        UnorderedList stages = new UnorderedList();
        stages.addClassName("ks-tracking");
        if (details.returnTracking().isEmpty()) {
            stages.add(new ListItem(getTranslation("aftersales.returnParcel.pending")));
        }
        for (CaseDetails.Tracking event : details.returnTracking()) {
            Span time = new Span(Formats.dateTime(event.occurredAt(), getLocale()));
            time.addClassNames("ks-muted", "ks-tabular");
            stages.add(new ListItem(time, new Span(getTranslation(event.stage().messageKey(), event.place()))));
        }
        add(stages);
    }
}
