package com.ks.platform.aftersales.ui;

import com.ks.platform.aftersales.CaseConversation;
import com.ks.platform.aftersales.CaseDetails.Actor;
import com.ks.platform.aftersales.CaseMessage;
import com.ks.platform.aftersales.CaseThread;
import com.ks.platform.shared.DomainException;
import com.ks.platform.shared.RuleViolated;
import com.ks.platform.ui.Formats;
import com.ks.platform.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.UUID;

/**
 * A case's conversation on the shopper's, the merchant's and the platform's case pages: the messages oldest first (the
 * newest at the bottom, beside the composer), each with its party, name, time and files; and a composer while the case
 * runs. What is typed stays when sending is refused.
 */
public class CaseConversationPanel extends Div {

    private final CaseConversation conversation;
    private final UUID caseId;
    private final Actor side;
    private final Div messages = new Div();
    private final Div composer = new Div();

    public CaseConversationPanel(CaseConversation conversation, UUID caseId, Actor side) {
        this.conversation = conversation;
        this.caseId = caseId;
        this.side = side;
        addClassNames("ks-card", "ks-case-conversation");
        messages.addClassName("ks-case-messages");
        add(new H2(getTranslation("aftersales.conversation")), messages, composer);
        CaseThread thread;
        try {
            thread = conversation.read(caseId, side);
        } catch (DomainException notAParty) {
            // an agent sees a case before it reaches the platform, but is not yet part of its conversation
            messages.add(muted(notAParty.messageKey()));
            return;
        }
        show(thread);
        if (thread.open()) {
            composer.add(form());
        } else {
            composer.add(muted(thread.closedKey()));
        }
    }

    private void show(CaseThread thread) {
        messages.removeAll();
        if (thread.messages().isEmpty()) {
            messages.add(muted("aftersales.conversation.empty"));
        }
        for (CaseMessage message : thread.messages()) {
            messages.add(row(message));
        }
    }

    private Div row(CaseMessage message) {
        Div row = new Div();
        row.addClassName("ks-case-message");
        if (message.author() == side) {
            row.addClassName("ks-case-message-mine");
        }
        Span who =
                new Span(getTranslation("aftersales.actor." + message.author().name()) + " · " + message.authorName());
        who.addClassName("ks-case-message-author");
        Span at = new Span(Formats.dateTime(message.at(), getLocale()));
        at.addClassNames("ks-muted", "ks-tabular");
        Paragraph text = new Paragraph(message.text());
        text.addClassName("ks-case-message-text");
        row.add(who, at, text);
        if (!message.attachments().isEmpty()) {
            row.add(FileLinks.of(message.attachments(), CaseMessage.Attachment::url, CaseMessage.Attachment::image));
        }
        return row;
    }

    private Div form() {
        TextArea text = new TextArea(getTranslation("aftersales.conversation.text"));
        text.setMaxLength(CaseConversation.MAX_TEXT);
        text.setWidthFull();
        EvidenceUpload files = new EvidenceUpload("aftersales.conversation.files", CaseConversation.MAX_FILES);
        Button send = new Button(getTranslation("aftersales.conversation.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setDisableOnClick(true);
        send.addClickListener(click -> {
            try {
                conversation.write(caseId, side, text.getValue(), files.files());
                text.clear();
                text.setInvalid(false);
                files.clear();
                show(conversation.read(caseId, side));
                Notices.success("aftersales.conversation.sent");
            } catch (DomainException refused) {
                String field = refused instanceof RuleViolated rule
                        ? rule.fieldErrors().get("text")
                        : null;
                text.setErrorMessage(field == null ? null : getTranslation(field));
                text.setInvalid(field != null);
                Notices.error(refused);
            } finally {
                send.setEnabled(true);
            }
        });
        Div form = new Div(text, files, send);
        form.addClassName("ks-case-composer");
        return form;
    }

    private Paragraph muted(String key) {
        Paragraph paragraph = new Paragraph(getTranslation(key));
        paragraph.addClassName("ks-muted");
        return paragraph;
    }
}
