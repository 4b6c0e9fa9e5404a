package com.ks.platform.support;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.ks.platform.aftersales.TestPurchases.Purchase;
import com.ks.platform.ordering.OrderSummary;
import com.ks.platform.support.ui.ContactView;
import com.ks.platform.support.ui.MyTicketView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The shopper's contact form and ticket pages, as a person sees them. */
class SupportPagesTest extends SupportTestSupport {

    @Test
    void contact_from_an_order_has_the_order_chosen_and_the_question_lands_on_its_ticket_page() {
        Purchase purchase = paidOrder();
        signInAs(purchase.shopper());

        navigate(SupportRoutes.contactAbout(purchase.orderId()));

        assertThat(view()).isInstanceOf(ContactView.class);
        assertThat(_get(Select.class, spec -> spec.withLabel("问题类型")).getValue())
                .isEqualTo(TicketType.ORDER);
        @SuppressWarnings("unchecked")
        ComboBox<OrderSummary> order = _get(ComboBox.class, spec -> spec.withLabel("相关订单（选填）"));
        assertThat(order.getValue().id()).isEqualTo(purchase.orderId());
        _setValue(_get(TextArea.class, spec -> spec.withLabel("问题描述")), "商品什么时候发货？");
        _click(_get(Button.class, spec -> spec.withText("提交")));

        assertThat(view()).isInstanceOf(MyTicketView.class);
        assertThat(pageText()).contains("商品什么时候发货？", "待处理", "订单问题");
    }

    @Test
    void a_guessed_order_in_the_link_is_not_chosen_and_an_empty_question_is_refused_beside_the_text() {
        Purchase someoneElses = paidOrder();
        signInAs(shopper());

        navigate(SupportRoutes.contactAbout(someoneElses.orderId()));

        assertThat(_get(ComboBox.class, spec -> spec.withLabel("相关订单（选填）")).getValue())
                .isNull();
        _setValue(_get(Select.class, spec -> spec.withLabel("问题类型")), TicketType.OTHER);
        _click(_get(Button.class, spec -> spec.withText("提交")));
        TextArea text = _get(TextArea.class, spec -> spec.withLabel("问题描述"));
        assertThat(text.isInvalid()).isTrue();
        assertThat(text.getErrorMessage()).isEqualTo("请填写问题描述");
        assertThat(view()).isInstanceOf(ContactView.class);
    }

    @Test
    void the_credit_pages_human_review_link_opens_the_form_with_that_kind_of_question() {
        signInAs(shopper());
        navigate(SupportRoutes.contactFor("CREDIT_REVIEW"));
        assertThat(_get(Select.class, spec -> spec.withLabel("问题类型")).getValue())
                .isEqualTo(TicketType.CREDIT_REVIEW);
    }

    @Test
    void the_shopper_reads_the_agents_answer_replies_and_after_resolution_rates_it() {
        String shopper = shopper();
        Opened ticket = ask(shopper, TicketType.OTHER, null, "怎么修改收货地址？");
        UUID team = newTeam();
        String agent = onlineAgent(team, "客服 小林", 5);
        transferTo(ticket.ticketId(), team);
        run(agent, () -> tickets.reply(ticket.ticketId(), "在“我的-地址”里可以修改。", List.of()));

        signInAs(shopper);
        navigate(SupportRoutes.MY_TICKETS);
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow(_get(Grid.class), 0))
                .contains(ticket.ticketNo(), "处理中");
        navigate(SupportRoutes.myTicket(ticket.ticketId()));
        assertThat(pageText()).contains("客服 客服 小林", "在“我的-地址”里可以修改。");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("补充说明")), "好的，谢谢");
        _click(_get(Button.class, spec -> spec.withText("发送")));
        assertThat(pageText()).contains("好的，谢谢");

        run(agent, () -> tickets.resolve(ticket.ticketId(), null));
        signInAs(shopper);
        navigate(SupportRoutes.myTicket(ticket.ticketId()));
        assertThat(pageText()).contains("已解决", "服务评价", "重新打开");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Integer> score = _get(RadioButtonGroup.class);
        _setValue(score, 4);
        _click(_get(Button.class, spec -> spec.withText("提交评价")));
        assertThat(pageText()).contains("感谢您的评价：4 分");
    }

    @Test
    void another_shoppers_ticket_id_shows_not_found() {
        Opened theirs = ask(shopper(), TicketType.OTHER, null, "别人的问题");
        signInAs(shopper());
        navigate(SupportRoutes.myTicket(theirs.ticketId()));
        assertThat(view()).isNotInstanceOf(MyTicketView.class);
        assertThat(pageText()).doesNotContain("别人的问题");
    }

    static Object view() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
    }

    static String pageText() {
        return ((Component) view()).getElement().getTextRecursively();
    }
}
