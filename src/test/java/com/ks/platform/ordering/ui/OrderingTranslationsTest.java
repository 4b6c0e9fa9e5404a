package com.ks.platform.ordering.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.ks.platform.ordering.CancelReason;
import com.ks.platform.ordering.Carrier;
import com.ks.platform.ordering.CheckoutQuote;
import com.ks.platform.ordering.DeliveryOption;
import com.ks.platform.ordering.OrderStatus;
import com.ks.platform.ordering.OrderTab;
import com.ks.platform.ordering.PaymentMethod;
import com.ks.platform.ordering.TrackingStage;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Keys the ordering views build from enum names (which the literal-key scan cannot see) exist in both languages. */
class OrderingTranslationsTest {

    @Test
    void every_status_tab_method_carrier_stage_reason_and_issue_has_a_text_in_both_languages() throws IOException {
        List<String> keys = new ArrayList<>();
        for (OrderStatus status : OrderStatus.values()) {
            keys.add(status.messageKey());
            keys.add("order.step." + status.name());
            keys.add("order.next." + status.name());
            keys.add("merchantOrders.status." + status.name());
        }
        OrderTab.SHOPPER_TABS.forEach(tab -> keys.add(tab.messageKey()));
        OrderTab.MERCHANT_TABS.forEach(tab -> keys.add("merchantOrders.tab." + tab.name()));
        for (PaymentMethod method : PaymentMethod.values()) {
            keys.add(method.messageKey());
        }
        for (DeliveryOption option : DeliveryOption.values()) {
            keys.add(option.messageKey());
        }
        for (Carrier carrier : Carrier.values()) {
            keys.add(carrier.messageKey());
        }
        for (TrackingStage stage : TrackingStage.values()) {
            keys.add(stage.messageKey());
        }
        for (CancelReason reason : CancelReason.values()) {
            keys.add(reason.messageKey());
        }
        for (CheckoutQuote.Issue.Kind kind : CheckoutQuote.Issue.Kind.values()) {
            keys.add("checkout.issue." + kind.name());
            keys.add("error.checkout." + kind.name());
        }
        for (String language : new String[] {"zh_CN", "en"}) {
            Properties texts = load(language);
            assertThat(keys).as("ordering keys missing in " + language).allMatch(texts::containsKey);
        }
    }

    private static Properties load(String language) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = OrderingTranslationsTest.class.getResourceAsStream(
                "/vaadin-i18n/translations_" + language + ".properties")) {
            texts.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return texts;
    }
}
