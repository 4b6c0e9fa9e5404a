package com.ks.platform.notification.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.ks.platform.KaribuTest;
import com.ks.platform.identity.AccountQueries;
import com.ks.platform.notification.Notice;
import com.ks.platform.notification.NoticeKind;
import com.ks.platform.notification.NoticeLink;
import com.ks.platform.notification.NotificationService;
import com.ks.platform.ordering.OrderQueries;
import com.ks.platform.ordering.OrderRoutes;
import com.ks.platform.ordering.OrderSummary;
import com.ks.platform.ordering.OrderTab;
import com.ks.platform.ordering.ui.OrderDetailView;
import com.ks.platform.ui.MessageBellLink;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The message centre as the demo shopper sees it: the bell's number, reading, links to orders, e-mail choices. */
class MessagesViewTest extends KaribuTest {

    private static final String SHOPPER = "shopper@ks.demo";

    @Autowired
    NotificationService notifications;

    @Autowired
    AccountQueries accounts;

    @Autowired
    OrderQueries orders;

    @Autowired
    PlatformTransactionManager transactions;

    private UUID shopper;
    private OrderSummary order;

    @BeforeEach
    void aShopperWhoReadEverything() {
        shopper = accounts.findByEmail(SHOPPER).orElseThrow();
        signInAs(SHOPPER);
        notifications.markAllMineRead();
        order = orders.myOrders(OrderTab.ALL, 0, 1).getFirst();
    }

    private void send(NoticeLink about, String key, String... params) {
        new TransactionTemplate(transactions)
                .executeWithoutResult(tx -> notifications.send(shopper, about, key, params));
    }

    @SuppressWarnings("unchecked")
    private static Grid<Notice> messages() {
        return _get(Grid.class, spec -> spec.withClasses("ks-messages-grid"));
    }

    @Test
    void the_bell_counts_unread_messages_and_opening_one_marks_it_read_and_goes_to_its_order() {
        send(null, "notice.credit.overdue", "120.00", "2026-12-01");
        send(new NoticeLink(OrderRoutes.order(order.id())), "notice.order.SHIPPED", order.orderNo(), "茶香书屋");

        navigate("");
        assertThat(_get(MessageBellLink.class).shownCount()).isEqualTo("2");

        navigate("account/messages");
        Grid<Notice> grid = messages();
        assertThat(GridKt._getFormatted(grid, 0, "message"))
                .isEqualTo("你的订单 " + order.orderNo() + "（茶香书屋）已发货，可在订单详情查看物流。");
        assertThat(GridKt._getFormatted(grid, 0, "kind")).isEqualTo("订单");
        assertThat(GridKt._getFormatted(grid, 0, "time")).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
        assertThat(((Anchor) GridKt._getCellComponent(grid, 0, "link")).getHref())
                .isEqualTo("orders/" + order.id());

        GridKt._clickItem(grid, 0);

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("orders/" + order.id());
        _get(OrderDetailView.class);
        assertThat(_get(MessageBellLink.class).shownCount()).isEqualTo("1");
        assertThat(notifications.myNotices(0, 2)).extracting(Notice::read).containsExactly(true, false);
    }

    @Test
    void mark_all_as_read_empties_the_bell() {
        send(null, "notice.credit.overdue", "120.00", "2026-12-01");
        navigate("account/messages");
        assertThat(_get(MessageBellLink.class).shownCount()).isEqualTo("1");

        _click(_get(Button.class, spec -> spec.withText("全部标为已读")));

        assertThat(_get(MessageBellLink.class).shownCount()).isEmpty();
        assertThat(notifications.countMyUnread()).isZero();
    }

    @Test
    void a_shopper_switches_order_emails_off_and_finds_the_choice_kept_next_time() {
        navigate("account/messages");
        Checkbox orderMails = _get(Checkbox.class, spec -> spec.withLabel("订单"));
        assertThat(orderMails.getValue()).isTrue();

        _setValue(orderMails, false);

        navigate("");
        navigate("account/messages");
        assertThat(_get(Checkbox.class, spec -> spec.withLabel("订单")).getValue())
                .isFalse();
        assertThat(_get(Checkbox.class, spec -> spec.withLabel("先用后付")).getValue())
                .isTrue();
        assertThat(notifications.myEmailChoices()).containsEntry(NoticeKind.ORDER, false);
        notifications.chooseEmail(NoticeKind.ORDER, true);
    }
}
