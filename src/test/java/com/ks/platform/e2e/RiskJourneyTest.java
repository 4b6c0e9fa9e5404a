package com.ks.platform.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.ks.platform.catalog.TestCatalog;
import com.ks.platform.identity.AccountService;
import com.ks.platform.identity.AddressForm;
import com.ks.platform.identity.AddressQueries;
import com.ks.platform.identity.AddressService;
import com.ks.platform.identity.RegisterShopper;
import com.ks.platform.ordering.CheckoutOrigin;
import com.ks.platform.ordering.DeliveryOption;
import com.ks.platform.ordering.OrderingService;
import com.ks.platform.ordering.PaymentMethod;
import com.ks.platform.ordering.PlaceOrder;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Risk control in Chromium: a day-old account paying a ¥12 800 order is asked for its password before the provider's
 * page opens, and the compliance officer finds the alert with the shopper's e-mail masked.
 */
class RiskJourneyTest extends BrowserTest {

    private static final String PASSWORD = "good password 2026";

    @Autowired
    AccountService accounts;

    @Autowired
    AddressService addresses;

    @Autowired
    AddressQueries addressQueries;

    @Autowired
    TestCatalog catalog;

    @Autowired
    OrderingService ordering;

    @Test
    void a_new_account_paying_a_large_order_confirms_with_its_password_and_compliance_sees_the_alert() {
        String shopper = uniqueEmail("risky");
        UUID checkoutId = largeOrderOfANewShopper(shopper);

        signIn(shopper, PASSWORD);
        page.navigate("/pay/" + checkoutId);
        settle();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("去支付"))
                .click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(dialog).containsText("安全验证");
        shot("challenge");
        dialog.getByLabel("登录密码").fill(PASSWORD);
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("确认并支付"))
                .click();
        page.waitForURL(url -> url.contains("/sandbox-pay/"));
        settle();

        page.context().clearCookies();
        signIn("compliance@ks.demo", "ks-demo-2026");
        page.navigate("/compliance/risk-alerts");
        settle();
        assertThat(page.locator("vaadin-grid")).containsText(shopper.charAt(0) + "***@test.ks");
        shot("alerts");
    }

    private UUID largeOrderOfANewShopper(String email) {
        accounts.registerShopper(new RegisterShopper(email, "新买家", PASSWORD, true, true));
        try {
            actAs("home@ks.demo");
            var sku = catalog.publishIn("STATIONERY", "风控演示 红木书桌", 1, 5, 1_280_000)
                    .skus()
                    .getFirst();
            actAs(email);
            addresses.add(new AddressForm("王五", "13912345678", "330000", "330100", "330106", "文三路 200 号", true));
            return ordering.place(new PlaceOrder(
                            UUID.randomUUID(),
                            CheckoutOrigin.BUY_NOW,
                            List.of(new PlaceOrder.Item(sku.id(), 1, sku.priceFen())),
                            addressQueries.mine().getFirst().id(),
                            DeliveryOption.STANDARD,
                            PaymentMethod.ALIPAY))
                    .checkoutId();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
