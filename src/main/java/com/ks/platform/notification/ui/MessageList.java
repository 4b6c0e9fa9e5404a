package com.ks.platform.notification.ui;

import com.ks.platform.notification.Notice;
import com.ks.platform.notification.NotificationService;
import com.ks.platform.ui.Formats;
import com.ks.platform.ui.MessageBell;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * The person's messages, fetched a page at a time. Opening one (a click on its row) marks it read and goes to what it
 * is about; unread ones are bold.
 */
class MessageList extends Div {

    private final NotificationService notifications;
    private final Grid<Notice> grid = new Grid<>();
    private final Span unread = new Span();
    private final Button markAllRead = new Button();

    MessageList(NotificationService notifications) {
        this.notifications = notifications;
        unread.addClassNames("ks-status", "ks-status-pending");
        markAllRead.setText(getTranslation("messages.markAllRead"));
        markAllRead.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        markAllRead.addClickListener(click -> {
            notifications.markAllMineRead();
            changed();
        });
        Div toolbar = new Div(unread, markAllRead);
        toolbar.getStyle().set("display", "flex").set("gap", "8px").set("align-items", "center");

        grid.addClassName("ks-messages-grid");
        grid.addColumn(notice -> getTranslation(notice.kind().labelKey()))
                .setHeader(getTranslation("messages.kind"))
                .setKey("kind")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(this::text)
                .setHeader(getTranslation("messages.message"))
                .setKey("message")
                .setFlexGrow(4);
        grid.addColumn(notice -> Formats.dateTime(notice.createdAt(), getLocale()))
                .setHeader(getTranslation("messages.time"))
                .setKey("time")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::link).setKey("link").setAutoWidth(true).setFlexGrow(0);
        grid.setPartNameGenerator(notice -> notice.read() ? null : "unread");
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(
                query -> notifications.myNotices(query.getOffset(), query.getLimit()).stream(),
                query -> notifications.countMine());
        grid.addItemClickListener(click -> open(click.getItem()));
        grid.setEmptyStateText(getTranslation("messages.empty"));
        grid.setHeight("min(70vh, 640px)");
        add(toolbar, grid);
        showUnread();
    }

    /** Arguments written as {@code i18n:key} are translation keys themselves (a document kind, a status). */
    private String text(Notice notice) {
        return getTranslation(notice.messageKey(), notice.arguments(key -> getTranslation(key)));
    }

    private Component link(Notice notice) {
        if (notice.link() == null) {
            return new Span();
        }
        Anchor open = new Anchor(notice.link(), getTranslation("messages.open"));
        open.getElement().setAttribute("aria-label", getTranslation("messages.openAbout", text(notice)));
        return open;
    }

    private void open(Notice notice) {
        if (!notice.read() && notifications.markMineRead(notice.id())) {
            changed();
        }
        if (notice.link() != null) {
            getUI().ifPresent(ui -> ui.navigate(notice.link()));
        }
    }

    private void changed() {
        grid.getDataProvider().refreshAll();
        showUnread();
        MessageBell.changed();
    }

    private void showUnread() {
        int count = notifications.countMyUnread();
        unread.setText(getTranslation("messages.unread", count));
        unread.setVisible(count > 0);
        markAllRead.setVisible(count > 0);
    }
}
