package com.ks.platform.notification.ui;

import com.ks.platform.notification.NotificationService;
import com.ks.platform.ui.MessageBell;
import org.springframework.stereotype.Component;

@Component
class UnreadMessagesBell implements MessageBell {

    private final NotificationService notifications;

    UnreadMessagesBell(NotificationService notifications) {
        this.notifications = notifications;
    }

    @Override
    public int unread() {
        return notifications.countMyUnread();
    }
}
