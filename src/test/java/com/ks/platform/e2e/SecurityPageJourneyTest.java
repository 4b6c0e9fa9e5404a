package com.ks.platform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.ks.platform.intrusion.IntrusionDetection;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An admin opens 安全 after a source was blocked, in Chromium with the Content-Security-Policy on (a violation is a
 * console error, which fails the journey), sees the source, and lifts the block with a reason. Shots in Chinese and
 * English are kept in docs/screenshots.
 */
class SecurityPageJourneyTest extends BrowserTest {

    @Autowired
    IntrusionDetection detection;

    @Test
    void an_admin_sees_the_blocked_source_and_lifts_the_block() throws Exception {
        String address = "192.0.2." + ThreadLocalRandom.current().nextInt(1, 255);
        for (int attempt = 0; attempt < 10; attempt++) {
            detection.failedSignIn(address, "sprayed-" + attempt + "@test.ks");
        }
        signIn("admin@ks.demo", "ks-demo-2026");
        page.navigate("/admin/security");
        settle();
        assertThat(page.getByText(address).first().isVisible()).isTrue();
        keep("admin-security.png");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("解除封禁：" + address))
                .click();
        page.getByLabel("原因").fill("演练结束");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("解除封禁").setExact(true))
                .click();
        settle();
        assertThat(page.getByText("已解除对 " + address + " 的封禁").isVisible()).isTrue();

        for (int attempt = 0; attempt < 10; attempt++) {
            detection.failedSignIn(address, "sprayed-again-" + attempt + "@test.ks");
        }
        // the switch reloads the page it is on, in English
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Switch to English"))
                .click();
        page.getByText("Sources blocked now").waitFor();
        settle();
        keep("admin-security-en.png");
        // the language is kept on the account: give the other journeys their Chinese admin back
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("切换到简体中文"))
                .click();
        settle();
    }

    private void keep(String name) throws Exception {
        Files.createDirectories(Path.of("docs", "screenshots"));
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("docs", "screenshots", name))
                .setFullPage(true));
    }
}
