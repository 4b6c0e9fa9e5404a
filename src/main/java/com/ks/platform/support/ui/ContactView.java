package com.ks.platform.support.ui;

import com.ks.platform.identity.Roles;
import com.ks.platform.ordering.OrderDetails;
import com.ks.platform.ordering.OrderQueries;
import com.ks.platform.ordering.OrderSummary;
import com.ks.platform.ordering.OrderTab;
import com.ks.platform.shared.NotFound;
import com.ks.platform.support.MyTickets;
import com.ks.platform.support.OpenTicket;
import com.ks.platform.support.Opened;
import com.ks.platform.support.SupportRoutes;
import com.ks.platform.support.TicketType;
import com.ks.platform.support.knowledge.Deflections;
import com.ks.platform.support.knowledge.KnowledgeQueries;
import com.ks.platform.ui.Formats;
import com.ks.platform.ui.Notices;
import com.ks.platform.ui.StorefrontLayout;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * 联系客服: the kind of question, optionally one of the shopper's orders ({@code ?order=} chooses one; an order that is not
 * theirs is refused), the text and photos. A question on an order with an open ticket joins it.
 */
@Route(value = SupportRoutes.CONTACT, layout = StorefrontLayout.class)
@RolesAllowed(Roles.SHOPPER)
public class ContactView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final int RECENT_ORDERS = 50;

    private final OrderQueries orders;
    private final Select<TicketType> type = new Select<>();
    private final ComboBox<OrderSummary> order = new ComboBox<>();
    private final Div suggestions = new Div();
    private final ArticleSuggestions articles;
    private final QuestionForm form;

    public ContactView(MyTickets tickets, OrderQueries orders, KnowledgeQueries knowledge, Deflections deflections) {
        this.orders = orders;
        this.articles = new ArticleSuggestions(knowledge, deflections);
        addClassNames("ks-support-contact", "ks-card");
        type.setLabel(getTranslation("support.contact.type"));
        type.setItems(TicketType.SHOPPER_CHOICES);
        type.setItemLabelGenerator(t -> getTranslation(t.labelKey()));
        order.setLabel(getTranslation("support.contact.order"));
        order.setPlaceholder(getTranslation("support.contact.order.none"));
        order.setClearButtonVisible(true);
        order.setItemLabelGenerator(this::orderLabel);
        order.setItems(new ArrayList<>(orders.myOrders(OrderTab.ALL, 0, RECENT_ORDERS)));
        order.setWidthFull();
        suggestions.addClassName("ks-support-suggestions");
        form = new QuestionForm("support.contact.text", "support.contact.send", (text, files) -> {
            Opened opened = tickets.open(new OpenTicket(
                    type.getValue(),
                    order.getValue() == null ? null : order.getValue().id(),
                    text,
                    files));
            // the suggestions did not answer the question: counted against deflection
            articles.wentOnToTicket();
            Notices.success(opened.joined() ? "support.contact.joined" : "support.contact.sent", opened.ticketNo());
            getUI().ifPresent(ui -> ui.navigate(SupportRoutes.myTicket(opened.ticketId())));
        });
        form.field("type", type);
        suggestions.add(articles.follow(form.text()));
        Paragraph hint = new Paragraph(getTranslation("support.contact.hint"));
        hint.addClassName("ks-muted");
        add(new H1(getTranslation("support.contact.title")), hint, type, order, suggestions, form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        parameters.getSingleParameter("type").flatMap(ContactView::typeOf).ifPresent(type::setValue);
        parameters.getSingleParameter("order").flatMap(ContactView::uuid).ifPresent(this::choose);
        if (type.isEmpty() && !order.isEmpty()) {
            type.setValue(TicketType.ORDER);
        }
    }

    private void choose(UUID orderId) {
        try {
            OrderDetails mine = orders.myOrder(orderId);
            List<OrderSummary> items = new ArrayList<>(orders.myOrders(OrderTab.ALL, 0, RECENT_ORDERS));
            items.stream().filter(o -> o.id().equals(mine.id())).findFirst().ifPresentOrElse(order::setValue, () -> {
                Notices.error("support.contact.orderTooOld");
            });
        } catch (NotFound notYours) {
            Notices.error("error.order.notFound");
        }
    }

    private String orderLabel(OrderSummary summary) {
        return summary.orderNo() + " · " + summary.storeName() + " · " + Formats.money(summary.totalFen(), getLocale());
    }

    private static java.util.Optional<TicketType> typeOf(String name) {
        return TicketType.SHOPPER_CHOICES.stream()
                .filter(t -> t.name().equals(name))
                .findFirst();
    }

    private static java.util.Optional<UUID> uuid(String text) {
        try {
            return java.util.Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException notAnId) {
            return java.util.Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("support.contact.title") + " · Ks 下单平台";
    }
}
