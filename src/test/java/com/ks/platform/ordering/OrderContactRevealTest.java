package com.ks.platform.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ks.platform.shared.AuditTrail;
import com.ks.platform.shared.NotFound;
import com.ks.platform.shared.RuleViolated;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Once an order is shipped the merchant sees its buyer masked; the whole contact comes back only with a reason, for the
 * merchant's own order, and each reveal is audited (PIPL art. 51).
 */
class OrderContactRevealTest extends OrderingTestSupport {

    @Autowired
    AuditTrail audit;

    @Test
    void a_merchant_reveals_the_buyer_of_its_shipped_order_with_a_reason_and_the_reveal_is_audited() {
        Shop shop = newShop();
        Shopper shopper = newShopper();
        UUID orderId = shippedOrder(shop, shopper, product(shop, 1_500, 3));

        OrderDetails whole = as(shop.email(), () -> queries.revealMerchantOrderContact(orderId, "买家申请补发配件，核对地址"));

        assertThat(whole.recipient()).isEqualTo("张三");
        assertThat(whole.mobile()).isEqualTo("13800138000");
        var last = audit.historyOf("order", orderId.toString()).getLast();
        assertThat(last.action()).isEqualTo("personalData.reveal");
        assertThat(last.reason()).isEqualTo("买家申请补发配件，核对地址");
    }

    @Test
    void no_reason_another_merchants_order_or_a_shopper_reveals_nothing() {
        Shop shop = newShop();
        Shop other = newShop();
        Shopper shopper = newShopper();
        UUID orderId = shippedOrder(shop, shopper, product(shop, 1_500, 3));
        int before = audit.historyOf("order", orderId.toString()).size();

        assertThatThrownBy(() -> as(shop.email(), () -> queries.revealMerchantOrderContact(orderId, " ")))
                .isInstanceOf(RuleViolated.class);
        assertThatThrownBy(() -> as(other.email(), () -> queries.revealMerchantOrderContact(orderId, "核对地址")))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> as(shopper.email(), () -> queries.revealMerchantOrderContact(orderId, "核对地址")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(audit.historyOf("order", orderId.toString())).hasSize(before);
    }
}
