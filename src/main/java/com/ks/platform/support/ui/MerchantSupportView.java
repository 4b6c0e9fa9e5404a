package com.ks.platform.support.ui;

import com.ks.platform.identity.Roles;
import com.ks.platform.support.MyTickets;
import com.ks.platform.support.OpenTicket;
import com.ks.platform.support.SupportRoutes;
import com.ks.platform.support.TicketQueries;
import com.ks.platform.support.TicketType;
import com.ks.platform.ui.Notices;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** 联系平台: a merchant's questions to the platform's merchant support, and a new one. */
@Route(SupportRoutes.MERCHANT_SUPPORT)
@Menu(title = "nav.merchant.support", order = 10, icon = "vaadin:headset")
@RolesAllowed(Roles.MERCHANT)
public class MerchantSupportView extends VerticalLayout implements HasDynamicTitle {

    public MerchantSupportView(MyTickets tickets, TicketQueries queries) {
        addClassName("ks-support-merchant");
        add(new H1(getTranslation("support.merchant.title")));
        QuestionForm form = new QuestionForm("support.merchant.text", "support.contact.send", (text, files) -> {
            var opened = tickets.open(new OpenTicket(TicketType.MERCHANT, null, text, files));
            Notices.success("support.contact.sent", opened.ticketNo());
            getUI().ifPresent(ui -> ui.navigate(SupportRoutes.merchantTicket(opened.ticketId())));
        });
        form.addClassName("ks-card");
        add(form, new H2(getTranslation("support.merchant.mine")));
        int total = queries.countMyTickets();
        if (total == 0) {
            add(new Paragraph(getTranslation("support.list.empty")));
            return;
        }
        add(new MyTicketsGrid(queries, total, SupportRoutes::merchantTicket));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("support.merchant.title") + " · Ks 下单平台";
    }
}
