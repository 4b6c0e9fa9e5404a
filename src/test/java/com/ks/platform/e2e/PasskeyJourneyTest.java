package com.ks.platform.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.google.gson.JsonObject;
import com.ks.platform.identity.AccountService;
import com.ks.platform.identity.NewAccount;
import com.ks.platform.identity.Role;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Passkeys and the staff second factor in a real browser (issue 20): Chromium's virtual authenticator (CDP WebAuthn
 * domain: a platform authenticator with resident keys and user verification) stands in for a phone's fingerprint.
 */
class PasskeyJourneyTest extends BrowserTest {

    private static final String PASSWORD = "good password 2026";

    @Autowired
    AccountService accounts;

    private String newAgent() {
        String email = uniqueEmail("passkey-journey");
        actAs("admin@ks.demo");
        accounts.createStaffAccount(new NewAccount(email, "客服 通行", PASSWORD, EnumSet.of(Role.CS_AGENT), true));
        SecurityContextHolder.clearContext();
        return email;
    }

    private void virtualAuthenticator() {
        var cdp = context.newCDPSession(page);
        cdp.send("WebAuthn.enable");
        JsonObject options = new JsonObject();
        options.addProperty("protocol", "ctap2");
        options.addProperty("transport", "internal");
        options.addProperty("hasResidentKey", true);
        options.addProperty("hasUserVerification", true);
        options.addProperty("isUserVerified", true);
        options.addProperty("automaticPresenceSimulation", true);
        JsonObject parameters = new JsonObject();
        parameters.add("options", options);
        cdp.send("WebAuthn.addVirtualAuthenticator", parameters);
    }

    private void submitPassword(String email, String emailLabel, String passwordLabel, String submit) {
        page.navigate("/login");
        settle();
        Locator form = page.locator("vaadin-login-form");
        form.getByLabel(emailLabel, new Locator.GetByLabelOptions().setExact(true))
                .fill(email);
        form.getByLabel(passwordLabel, new Locator.GetByLabelOptions().setExact(true))
                .fill(PASSWORD);
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(submit))
                .click();
        page.waitForURL(url -> url.contains("/account/two-factor"));
        settle();
    }

    @Test
    void a_staff_member_enrols_an_authenticator_adds_a_passkey_and_then_signs_in_with_the_passkey_alone() {
        String email = newAgent();
        virtualAuthenticator();

        // the password alone does not open the workbench: first an authenticator app
        submitPassword(email, "邮箱", "密码", "登录");
        assertThat(page.locator("#two-factor-secret")).isVisible();
        shot("two-factor-enrol");
        passSecondFactor(email);
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/workbench$"));

        page.navigate("/account/security");
        settle();
        assertThat(page.locator("#passkey-list")).containsText("还没有通行密钥");
        page.locator("#passkey-label input").fill("办公室电脑");
        page.locator("#passkey-add").click();
        assertThat(page.locator("#passkey-list")).containsText("办公室电脑");
        settle();
        shot("security");

        // signed out: one touch on the passkey button, and the workbench opens without password or code
        // leave the app before its cookies go, or the open page's next request reads as "cookies disabled"
        page.navigate("about:blank");
        context.clearCookies();
        page.navigate("/login");
        settle();
        shot("login");
        page.locator("#login-passkey").click();
        page.waitForURL(url -> url.endsWith("/workbench"));
        settle();
        assertThat(page.locator("#two-factor")).hasCount(0);

        // the same pages in English
        context.addCookies(List.of(new Cookie("ks-lang", "en").setUrl(baseUrl())));
        page.navigate("/account/security");
        settle();
        assertThat(page.locator("#passkey-list")).containsText("办公室电脑");
        shot("security-en");
        // leave the app before its cookies go, or the open page's next request reads as "cookies disabled"
        page.navigate("about:blank");
        context.clearCookies();
        context.addCookies(List.of(new Cookie("ks-lang", "en").setUrl(baseUrl())));
        submitPassword(email, "E-mail", "Password", "Sign in");
        assertThat(page.locator("#two-factor-verify")).isVisible();
        shot("two-factor-en");
        passSecondFactor(email);
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/workbench$"));
    }
}
