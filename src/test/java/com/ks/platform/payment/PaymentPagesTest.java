package com.ks.platform.payment;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.ks.platform.ordering.OrderStatus;
import com.ks.platform.ordering.PaymentMethod;
import com.ks.platform.ordering.PlacedCheckout;
import com.ks.platform.shared.CardNumberScan;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 收银台 and the sandbox providers' pages as a shopper sees them; card numbers never reach the database. */
class PaymentPagesTest extends PaymentTestSupport {

    private static final String CARD = "4111 1111 1111 1111";

    @Autowired
    DataSource dataSource;

    /** A shopper on the cashier page of a new order, with the method chosen. */
    private PlacedCheckout onCashier(String title, PaymentMethod method) {
        return onCashier(newShopper(), title, 12_900, method);
    }

    @Test
    void a_qr_payment_is_approved_on_the_sandbox_page_and_the_shopper_lands_on_the_paid_order() throws Exception {
        PlacedCheckout placed = onCashier("二维码台灯", PaymentMethod.WECHAT_PAY);
        assertThat(pageText()).contains("收银台", "¥129.00", "微信支付", "沙箱");

        click("去支付");
        assertThat(location()).startsWith("sandbox-pay/");
        assertThat(_get(Image.class).getSrc()).startsWith("data:image/svg+xml;base64,");
        assertThat(pageText()).contains("支付沙箱", "微信支付", "¥129.00", "不会产生真实扣款");
        click("确认支付");
        var orderId = placed.orderIds().getFirst();
        for (int i = 0; i < 100 && orders.myOrder(orderId).status() != OrderStatus.PAID; i++) {
            Thread.sleep(100);
        }
        click("返回商户");

        assertThat(location()).isEqualTo("orders/" + orderId);
        assertThat(pageText()).contains("待发货");
    }

    @Test
    void a_card_is_tokenised_on_the_sandbox_page_and_a_bad_number_shows_a_field_error() throws Exception {
        PlacedCheckout placed = onCashier("刷卡台灯", PaymentMethod.CARD);
        click("去支付");
        String charge = location().substring("sandbox-pay/".length());

        _setValue(_get(TextField.class, spec -> spec.withLabel("卡号")), "4111 1111 1111 1112");
        _setValue(_get(TextField.class, spec -> spec.withLabel("有效期（月/年）")), "12/39");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("安全码（CVV）")), "123");
        click("支付");
        TextField number = _get(TextField.class, spec -> spec.withLabel("卡号"));
        assertThat(number.isInvalid()).isTrue();
        assertThat(number.getErrorMessage()).isEqualTo("卡号无效，请检查后重新输入");

        _setValue(number, CARD);
        click("支付");
        assertThat(pageText()).contains("支付成功");
        assertThat(sandbox.charge(charge).orElseThrow().cardLast4()).isEqualTo("1111");
        var payment = repository.ofCheckout(placed.checkoutId()).getFirst().getId();
        awaitStatus(payment, PaymentStatus.SUCCEEDED);

        assertThat(CardNumberScan.database(dataSource)).isEmpty();
    }

    @Test
    void the_cashier_and_the_sandbox_page_name_the_same_payment_deadline() {
        onCashier("同一截止时间台灯", PaymentMethod.ALIPAY);
        String cashierDeadline = deadlineIn(pageText());

        click("去支付");

        assertThat(location()).startsWith("sandbox-pay/");
        assertThat(deadlineIn(pageText())).isEqualTo(cashierDeadline);
    }

    private static String deadlineIn(String text) {
        var matcher = java.util.regex.Pattern.compile("请在 (\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}) 前完成支付")
                .matcher(text);
        assertThat(matcher.find()).as("a payment deadline in: " + text).isTrue();
        return matcher.group(1);
    }
}
