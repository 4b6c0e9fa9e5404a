package com.ks.platform.aftersales.ui;

import com.ks.platform.aftersales.AfterSalesService;
import com.ks.platform.aftersales.CaseDetails;
import com.ks.platform.shared.DomainException;
import com.ks.platform.ui.Formats;
import com.ks.platform.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Instant;

/**
 * 申请平台介入 after a refusal or a declined proposal, with the reason the agent will read, until the case's deadline;
 * once it has passed the form says so instead of offering a button that would be refused.
 */
class AskPlatformForm extends Div {

    AskPlatformForm(AfterSalesService service, CaseDetails details, Instant now, Runnable changed) {
        addClassName("ks-case-ask-platform");
        if (details.deadlineAt() != null && now.isAfter(details.deadlineAt())) {
            add(new Paragraph(getTranslation("aftersales.askPlatform.expired")));
            return;
        }
        TextArea reason = new TextArea(getTranslation("aftersales.askPlatform.reason"));
        reason.setMaxLength(500);
        reason.setWidthFull();
        Button ask = new Button(getTranslation("aftersales.askPlatform"), click -> {
            try {
                service.askPlatform(details.id(), reason.getValue());
                Notices.success("aftersales.askPlatform.done");
                changed.run();
            } catch (DomainException refused) {
                Notices.error(refused);
            }
        });
        String text = details.deadlineAt() == null
                ? getTranslation("aftersales.askPlatform.text")
                : getTranslation("aftersales.askPlatform.until", Formats.dateTime(details.deadlineAt(), getLocale()));
        add(new Paragraph(text), reason, ask);
    }
}
