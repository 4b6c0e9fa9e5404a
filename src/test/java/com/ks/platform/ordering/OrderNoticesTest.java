package com.ks.platform.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.ks.platform.catalog.ProductDetails;
import com.ks.platform.identity.AccountQueries;
import com.ks.platform.notification.Notice;
import com.ks.platform.notification.NoticeKind;
import com.ks.platform.notification.NotificationService;
import com.ks.platform.notification.TestMailbox;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The shopper hears of a shipped order in the message centre and — unless they switched order e-mails off — by e-mail
 * through a real SMTP server (GreenMail on the test profile's spring.mail port), in their language.
 */
class OrderNoticesTest extends OrderingTestSupport {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(
                    Integer.parseInt(System.getenv().getOrDefault("KS_TEST_SMTP_PORT", "39251")),
                    "127.0.0.1",
                    ServerSetup.PROTOCOL_SMTP))
            .withPerMethodLifecycle(false);

    @Autowired
    NotificationService notifications;

    @Autowired
    AccountQueries accounts;

    @Autowired
    ApplicationContext context;

    private UUID accountOf(Shopper shopper) {
        return accounts.findByEmail(shopper.email()).orElseThrow();
    }

    private List<MimeMessage> mailsTo(String email) {
        return Arrays.stream(SMTP.getReceivedMessages())
                .filter(message -> {
                    try {
                        return message.getRecipients(Message.RecipientType.TO)[0]
                                .toString()
                                .equals(email);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    @Test
    void a_shipped_order_reaches_the_shopper_in_the_message_centre_and_by_email_in_chinese() throws Exception {
        Shop shop = newShop();
        Shopper shopper = newShopper();
        UUID orderId = shippedOrder(shop, shopper, product(shop, 5_000, 5));
        String orderNo = details(shopper, orderId).orderNo();

        List<Notice> inbox = as(shopper.email(), () -> notifications.myNotices(0, 10));
        assertThat(inbox).singleElement().satisfies(notice -> {
            assertThat(notice.messageKey()).isEqualTo("notice.order.SHIPPED");
            assertThat(notice.params()).containsExactly(orderNo, shop.storeName());
            assertThat(notice.link()).isEqualTo("orders/" + orderId);
            assertThat(notice.read()).isFalse();
        });

        assertThat(TestMailbox.sendMailsOf(context, accountOf(shopper))).isEqualTo(1);
        assertThat(mailsTo(shopper.email())).singleElement().satisfies(mail -> {
            assertThat(mail.getSubject()).isEqualTo("【Ks 下单平台】订单通知");
            assertThat((String) mail.getContent())
                    .contains("你的订单 " + orderNo + "（" + shop.storeName() + "）已发货")
                    .contains("/orders/" + orderId)
                    .contains("/account/messages");
        });
        // sent means sent: a second run has nothing left for this shopper
        assertThat(TestMailbox.sendMailsOf(context, accountOf(shopper))).isZero();
        assertThat(mailsTo(shopper.email())).hasSize(1);
    }

    @Test
    void a_shopper_who_switched_order_emails_off_gets_the_notice_but_no_email() {
        Shop shop = newShop();
        Shopper shopper = newShopper();
        run(shopper.email(), () -> notifications.chooseEmail(NoticeKind.ORDER, false));

        shippedOrder(shop, shopper, product(shop, 5_000, 5));

        assertThat(as(shopper.email(), () -> notifications.countMyUnread())).isEqualTo(1);
        assertThat(TestMailbox.sendMailsOf(context, accountOf(shopper))).isZero();
        assertThat(mailsTo(shopper.email())).isEmpty();
    }

    @Test
    void the_carrier_delivering_an_order_tells_the_shopper_but_confirming_receipt_oneself_does_not() {
        Shop shop = newShop();
        Shopper shopper = newShopper();
        ProductDetails tea = product(shop, 2_000, 5);
        UUID delivered = shippedOrder(shop, shopper, tea);
        UUID confirmed = shippedOrder(shop, shopper, tea);
        run(shopper.email(), () -> ordering.confirmReceipt(confirmed));

        carrierFeed.advance(Instant.now().plus(Duration.ofHours(1)));

        assertThat(as(shopper.email(), () -> notifications.myNotices(0, 10)))
                .extracting(Notice::messageKey, Notice::link)
                .containsExactly(
                        tuple("notice.order.DELIVERED", "orders/" + delivered),
                        tuple("notice.order.SHIPPED", "orders/" + confirmed),
                        tuple("notice.order.SHIPPED", "orders/" + delivered));
    }
}
