package com.ks.platform.privacy.ui;

import com.ks.platform.privacy.PrivacyRequestKind;
import com.ks.platform.privacy.PrivacyRequestSummary;
import com.ks.platform.privacy.PrivacyRequests;
import com.ks.platform.shared.RuleViolated;
import com.ks.platform.ui.Buttons;
import com.ks.platform.ui.FieldErrors;
import com.ks.platform.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Map;

/**
 * 隐私请求: what the centre cannot do by itself — a copy of data kept after a closure, a complaint, a question — goes to
 * the personal-information officers, who answer within 15 working days; the answer also arrives as a message.
 */
class RequestsCard extends Div {

    private final PrivacyRequests requests;
    private final Select<PrivacyRequestKind> kind = new Select<>();
    private final TextArea body = new TextArea();
    private final Div mine = new Div();

    RequestsCard(PrivacyRequests requests) {
        this.requests = requests;
        addClassName("ks-card");
        kind.setLabel(getTranslation("pipl.request.kind"));
        kind.setId("privacy-request-kind");
        kind.setItems(PrivacyRequestKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("pipl.request.kind." + k.name()));
        body.setLabel(getTranslation("pipl.request.body"));
        body.setMaxLength(PrivacyRequests.MAX_TEXT);
        body.setWidthFull();
        body.setRequiredIndicatorVisible(true);
        Paragraph due = new Paragraph(
                getTranslation("pipl.request.due", requests.dueForToday().toString()));
        due.addClassName("ks-muted");
        Button send = Buttons.submitting(new Button(getTranslation("pipl.request.send")), this::send);
        add(new H3(getTranslation("pipl.request.title")), kind, body, due, send, mine);
        showMine();
    }

    private void send() {
        try {
            String number = requests.submit(kind.getValue(), body.getValue());
            kind.clear();
            body.clear();
            FieldErrors.show(java.util.Map.of(), Map.of("kind", kind, "body", body));
            Notices.success("pipl.request.sent", number);
            showMine();
        } catch (RuleViolated invalid) {
            FieldErrors.show(invalid, Map.of("kind", kind, "body", body));
        }
    }

    private void showMine() {
        mine.removeAll();
        List<PrivacyRequestSummary> list = requests.mine();
        if (list.isEmpty()) {
            return;
        }
        mine.add(new H4(getTranslation("pipl.request.mine")));
        for (PrivacyRequestSummary request : list) {
            Span status = new Span(getTranslation(request.resolved() ? "pipl.request.resolved" : "pipl.request.open"));
            status.addClassNames("ks-status", request.resolved() ? "ks-status-ok" : "ks-status-pending");
            Div item = new Div(new Paragraph(
                    new Span(request.requestNo() + " · "
                            + getTranslation(
                                    "pipl.request.kind." + request.kind().name()) + " · "
                            + getTranslation(
                                    "pipl.request.dueOn", request.dueOn().toString()) + " "),
                    status));
            if (request.reply() != null) {
                item.add(new Paragraph(getTranslation("pipl.request.reply", request.reply())));
            }
            mine.add(item);
        }
    }
}
