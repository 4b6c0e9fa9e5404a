package com.ks.platform.merchant.ui;

import com.ks.platform.notification.Notice;
import com.ks.platform.notification.NotificationService;
import com.ks.platform.ui.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;

/** The signed-in person's in-site notices (站内信), newest first, unread ones marked. */
class NoticeList extends Div {

    NoticeList(NotificationService notifications) {
        int unread = notifications.countMyUnread();
        H3 title = new H3(getTranslation("notices.title"));
        add(title);
        if (unread > 0) {
            Span badge = new Span(getTranslation("notices.unread", unread));
            badge.addClassNames("ks-status", "ks-status-pending");
            Button markRead = new Button(getTranslation("notices.markRead"));
            markRead.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            markRead.addClickListener(click -> {
                notifications.markAllMineRead();
                badge.setVisible(false);
                markRead.setVisible(false);
            });
            add(badge, markRead);
        }
        Grid<Notice> grid = new Grid<>();
        grid.addColumn(notice -> (notice.read() ? "" : "● ") + text(notice))
                .setHeader(getTranslation("notices.message"))
                .setFlexGrow(4);
        grid.addColumn(notice -> Formats.dateTime(notice.createdAt(), getLocale()))
                .setHeader(getTranslation("notices.time"))
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(
                query -> notifications.myNotices(query.getOffset(), query.getLimit()).stream(),
                query -> notifications.countMine());
        grid.setHeight("260px");
        grid.setEmptyStateText(getTranslation("notices.empty"));
        add(grid);
    }

    private String text(Notice notice) {
        return getTranslation(notice.messageKey(), notice.arguments(key -> getTranslation(key)));
    }
}
