package com.ks.platform.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.ks.platform.identity.AccountService;
import com.ks.platform.identity.NewAccount;
import com.ks.platform.identity.RegisterShopper;
import com.ks.platform.identity.Role;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** An administrator disables an account and proves the newest backup restores (issue 20), in Chinese and English. */
class ConsoleJourneyTest extends BrowserTest {

    private static final String PASSWORD = "good password 2026";

    @Autowired
    AccountService accounts;

    @Test
    void an_administrator_disables_an_account_and_runs_a_restore_drill() {
        // an administrator of this journey's own, so its language choice changes no other test
        actAs("admin@ks.demo");
        String admin = uniqueEmail("journey-admin");
        accounts.createStaffAccount(new NewAccount(admin, "值班管理员", PASSWORD, EnumSet.of(Role.ADMIN), true));
        String shopper = uniqueEmail("journey-disable");
        accounts.registerShopper(new RegisterShopper(shopper, "韩梅梅", PASSWORD, true, false));
        SecurityContextHolder.clearContext();

        signIn(admin, PASSWORD);
        page.navigate("/admin/accounts");
        settle();
        page.locator("input[placeholder='按完整邮箱或手机号查找']").fill(shopper);
        page.locator("input[placeholder='按完整邮箱或手机号查找']").press("Enter");
        settle();
        page.getByText("韩**").click();
        settle();
        page.getByLabel("原因").fill("批量注册的小号");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("停用"))
                .click();
        settle();
        assertThat(page.getByText("账户已停用，其会话已结束。")).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("启用")))
                .isVisible();
        shot("admin-account-dialog");

        page.navigate("/admin/backups");
        settle();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("立即备份"))
                .click();
        settle();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("执行恢复演练"))
                .click();
        settle();
        assertThat(page.locator("#last-drill")).containsText("通过");
        shot("admin-backups");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Switch to English"))
                .click();
        settle();
        assertThat(page.locator("#last-drill")).containsText("Passed");
        shot("admin-backups-en");
        page.navigate("/admin/accounts");
        settle();
        page.locator("input[placeholder='Find by the whole e-mail or mobile']").fill(shopper);
        page.locator("input[placeholder='Find by the whole e-mail or mobile']").press("Enter");
        settle();
        assertThat(page.locator("vaadin-grid")).containsText("Disabled");
        shot("admin-accounts-en");
    }
}
