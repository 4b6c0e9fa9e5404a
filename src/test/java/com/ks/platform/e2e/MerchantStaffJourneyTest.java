package com.ks.platform.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * Staff in Chromium: the owner invites a new person for products and gets the one-time link; the demo clerk (orders
 * only) sees the order pages in the menu and is turned away from the product pages.
 */
class MerchantStaffJourneyTest extends BrowserTest {

    @Test
    void the_owner_invites_a_product_manager_and_gets_a_one_time_link() {
        signIn("merchant@ks.demo", "ks-demo-2026");
        page.navigate("/merchant/staff");
        settle();
        assertThat(page.locator("#merchant-staff")).containsText("staff@ks.demo");

        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("邀请员工"))
                .click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        dialog.getByLabel("邮箱").fill("new-hire-" + System.nanoTime() + "@example.cn");
        dialog.getByText("商品与库存").click();
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("发送邀请"))
                .click();
        settle();
        assertThat(dialog).isHidden();

        assertThat(page.locator("#invite-link input")).hasValue(java.util.regex.Pattern.compile(".*\\?token=.+"));
        assertThat(page.locator("#merchant-staff")).containsText("待接受");
        shot("staff");
    }

    @Test
    void the_clerk_sees_only_the_order_pages() {
        signIn("staff@ks.demo", "ks-demo-2026");
        page.navigate("/merchant/orders");
        settle();
        Locator menu = page.locator("vaadin-side-nav");
        assertThat(menu).containsText("订单发货");
        assertThat(menu).not().containsText("商品管理");
        assertThat(menu).not().containsText("员工");
        shot("orders");

        page.navigate("/merchant/products");
        settle();
        assertThat(page.locator("body")).containsText("没有访问权限");
    }
}
