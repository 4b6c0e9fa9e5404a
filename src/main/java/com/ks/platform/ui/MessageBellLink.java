package com.ks.platform.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.shared.Registration;

/**
 * The header's bell: a link to the message centre with the number of unread messages (hidden at zero). Layouts call
 * {@link #refresh()} on every navigation; reading in this tab ({@link MessageBell#changed()}) updates it at once.
 */
public class MessageBellLink extends Anchor {

    private final MessageBell bell;
    private final Span count = new Span();
    private Registration reads;

    public MessageBellLink(MessageBell bell) {
        super(MessageBell.MESSAGES_ROUTE);
        this.bell = bell;
        addClassName("ks-message-bell");
        count.addClassName("ks-cart-count");
        add(VaadinIcon.BELL_O.create(), count);
    }

    public void refresh() {
        int unread = bell.unread();
        count.setText(unread > 99 ? "99+" : Integer.toString(unread));
        count.setVisible(unread > 0);
        getElement().setAttribute("aria-label", getTranslation("nav.messages", unread));
        getElement().setAttribute("title", getTranslation("nav.messages", unread));
    }

    /** The number shown, as a person reads it ("" when nothing is unread). */
    public String shownCount() {
        return count.isVisible() ? count.getText() : "";
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        refresh();
        reads = ComponentUtil.addListener(attach.getUI(), MessageBell.Read.class, read -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (reads != null) {
            reads.remove();
        }
    }
}
