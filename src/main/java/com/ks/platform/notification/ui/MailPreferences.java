package com.ks.platform.notification.ui;

import com.ks.platform.notification.NoticeKind;
import com.ks.platform.notification.NotificationService;
import com.ks.platform.ui.Notices;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;

/** Per kind of message, whether it also comes by e-mail (the message centre always gets it); saved on each tick. */
class MailPreferences extends Div {

    MailPreferences(NotificationService notifications) {
        add(new H3(getTranslation("messages.preferences.title")));
        Paragraph hint = new Paragraph(getTranslation("messages.preferences.hint"));
        hint.addClassName("ks-muted");
        add(hint);
        Div choices = new Div();
        choices.addClassName("ks-messages-preferences");
        notifications.myEmailChoices().forEach((kind, enabled) -> choices.add(choice(notifications, kind, enabled)));
        add(choices);
    }

    private Checkbox choice(NotificationService notifications, NoticeKind kind, boolean enabled) {
        Checkbox email = new Checkbox(getTranslation(kind.labelKey()), enabled);
        email.addValueChangeListener(change -> {
            notifications.chooseEmail(kind, change.getValue());
            Notices.success("messages.preferences.saved");
        });
        return email;
    }
}
