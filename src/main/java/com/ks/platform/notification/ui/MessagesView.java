package com.ks.platform.notification.ui;

import com.ks.platform.notification.NotificationService;
import com.ks.platform.ui.StorefrontLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * 消息中心: every signed-in person's messages (shoppers and staff alike — the bell of every surface leads here), newest
 * first, and which kinds also come by e-mail.
 */
@Route(value = "account/messages", layout = StorefrontLayout.class)
@PermitAll
public class MessagesView extends Div implements HasDynamicTitle {

    public MessagesView(NotificationService notifications) {
        addClassName("ks-page");
        add(
                new H2(getTranslation("messages.title")),
                new MessageList(notifications),
                new MailPreferences(notifications));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("messages.title");
    }
}
