package com.ks.platform.support;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.ks.platform.aftersales.TestPurchases.Purchase;
import com.ks.platform.support.live.TicketActivityWatch;
import com.ks.platform.support.macros.Macro;
import com.ks.platform.support.macros.MacroLanguage;
import com.ks.platform.support.macros.Macros;
import com.ks.platform.support.macros.SaveMacro;
import com.ks.platform.support.ui.TicketView;
import com.ks.platform.web.ui.NotFoundView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The workbench as agents use it: the queue, the ticket page with macros and the person's context, the refusals. */
class TicketDeskPagesTest extends SupportTestSupport {

    @Autowired
    Macros macros;

    @Autowired
    TicketActivityWatch watch;

    @Test
    void an_agent_finds_their_new_ticket_in_my_queue_with_its_sla_countdown_and_opens_it() {
        Opened ticket = ask(shopper(), TicketType.OTHER, null, "发票怎么开？");
        UUID team = newTeam();
        String agent = onlineAgent(team, "客服 队列", 5);
        transferTo(ticket.ticketId(), team);

        signInAs(agent);
        navigate(SupportRoutes.WORKBENCH_TICKETS);
        Grid<TicketSummary> grid = queue();
        List<TicketSummary> rows = GridKt._fetch(grid, 0, 50);
        assertThat(rows).extracting(TicketSummary::ticketNo).contains(ticket.ticketNo());
        int row = rows.stream().map(TicketSummary::id).toList().indexOf(ticket.ticketId());
        assertThat(GridKt._getFormattedRow(grid, row))
                .anySatisfy(cell -> assertThat(cell).contains("发票怎么开"));
        assertThat(text(GridKt._getCellComponent(grid, row, "sla"))).startsWith("剩");

        GridKt._clickItem(grid, row);
        assertThat(view()).isInstanceOf(TicketView.class);
    }

    @Test
    void a_ticket_assigned_while_the_queue_is_open_appears_without_a_reload() throws Exception {
        UUID team = newTeam();
        String agent = onlineAgent(team, "客服 推送", 5);
        signInAs(agent);
        navigate(SupportRoutes.WORKBENCH_TICKETS);
        watch.look();
        assertThat(GridKt._fetch(queue(), 0, 50)).isEmpty();

        Opened ticket = ask(shopper(), TicketType.OTHER, null, "新到的问题");
        transferTo(ticket.ticketId(), team);
        actAs(agent);
        watch.look();

        // the push runs in the UI's lock; the mock client's next round trip applies it
        for (int i = 0; i < 50 && GridKt._size(queue()) == 0; i++) {
            MockVaadin.clientRoundtrip(false);
            Thread.sleep(100);
        }
        assertThat(GridKt._fetch(queue(), 0, 50)).extracting(TicketSummary::id).contains(ticket.ticketId());
    }

    @Test
    void an_agent_replies_with_a_macro_filled_in_for_the_ticket_and_resolves_it_with_alt_r() {
        Purchase purchase = paidOrder();
        Opened ticket = ask(purchase.shopper(), TicketType.ORDER, purchase.orderId(), "什么时候发货？");
        UUID team = newTeam();
        String agent = onlineAgent(team, "客服 宏", 5);
        transferTo(ticket.ticketId(), team);
        String title = MacrosTest.unique("催发货");
        run(
                LEAD,
                () -> macros.save(new SaveMacro(null, title, MacroLanguage.ZH, "{姓名}您好，订单 {订单号} 已催{商家}发货（工单 {工单号}）。")));

        TicketDetail before = detail(ticket.ticketId());
        signInAs(agent);
        navigate(SupportRoutes.workbenchTicket(ticket.ticketId()));
        // the person pane shows the e-mail masked until the agent reveals it with a reason
        assertThat(pageText())
                .contains("什么时候发货？", "先用后付", "最近订单", com.ks.platform.shared.PersonalDataMasks.email(purchase.shopper()))
                .doesNotContain(purchase.shopper());
        @SuppressWarnings("unchecked")
        ComboBox<Macro> picker = _get(ComboBox.class, spec -> spec.withLabel("快捷回复"));
        Macro macro = macros(picker).stream()
                .filter(m -> m.title().equals(title))
                .findFirst()
                .orElseThrow();
        _setValue(picker, macro);
        TextArea reply = _get(TextArea.class, spec -> spec.withLabel("回复内容"));
        assertThat(reply.getValue())
                .contains(
                        before.summary().requesterName() + "您好",
                        before.summary().orderNo(),
                        ticket.ticketNo())
                .doesNotContain("{");

        _click(_get(Button.class, spec -> spec.withText("发送回复")));
        assertThat(pageText()).contains(ticket.ticketNo() + "）。");

        _get(Button.class, spec -> spec.withText("解决工单")).click();
        assertThat(pageText()).contains("键盘快捷键", "Alt+R");
        TicketDetail after = detail(ticket.ticketId());
        assertThat(after.status()).isEqualTo(TicketStatus.RESOLVED);
        assertThat(after.messages())
                .extracting(TicketDetail.Message::body)
                .anySatisfy(body -> assertThat(body)
                        .contains(ticket.ticketNo(), before.summary().orderNo()));
    }

    @Test
    void an_agent_opening_a_ticket_outside_their_teams_is_refused_but_a_lead_opens_it() {
        Opened ticket = ask(shopper(), TicketType.OTHER, null, "别组的问题");
        String outsider = onlineAgent(newTeam(), "外组客服", 5);

        signInAs(outsider);
        navigate(SupportRoutes.workbenchTicket(ticket.ticketId()));
        assertThat(view()).isInstanceOf(NotFoundView.class);

        signInAs(LEAD);
        navigate(SupportRoutes.workbenchTicket(ticket.ticketId()));
        assertThat(view()).isInstanceOf(TicketView.class);
    }

    @Test
    void internal_notes_are_set_apart_from_the_conversation() {
        Opened ticket = ask(shopper(), TicketType.OTHER, null, "积分怎么用？");
        UUID team = newTeam();
        String agent = onlineAgent(team, "客服 备注", 5);
        transferTo(ticket.ticketId(), team);
        run(agent, () -> tickets.addNote(ticket.ticketId(), "老用户，注意语气", List.of()));

        signInAs(agent);
        navigate(SupportRoutes.workbenchTicket(ticket.ticketId()));
        var notes = _find(com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("ks-message-note"));
        assertThat(notes).hasSize(1);
        assertThat(text(notes.getFirst())).contains("内部备注", "老用户，注意语气");
    }

    @SuppressWarnings("unchecked")
    private static Grid<TicketSummary> queue() {
        return _get(Grid.class);
    }

    private static List<Macro> macros(ComboBox<Macro> picker) {
        return picker.getListDataView().getItems().toList();
    }

    static Object view() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
    }

    static String pageText() {
        return text((Component) view());
    }

    static String text(Component component) {
        return component.getElement().getTextRecursively();
    }
}
