package com.ks.platform.web;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.ks.platform.KaribuTest;
import com.vaadin.flow.component.login.LoginForm;
import org.junit.jupiter.api.Test;

/** What the login page says after each kind of refusal: the person can act on the reason. */
class LoginViewTest extends KaribuTest {

    private static LoginForm form() {
        return _get(LoginForm.class);
    }

    /** The texts the form shows, as the browser receives them. */
    private static String shownTexts() {
        return String.valueOf(form().getElement().getPropertyRaw("i18n"));
    }

    @Test
    void a_wrong_password_says_so() {
        navigate("login?error");
        assertThat(form().isError()).isTrue();
        assertThat(shownTexts()).contains("邮箱或密码不正确");
    }

    @Test
    void a_provider_sign_in_with_an_unverified_address_of_an_existing_account_says_so_not_wrong_password() {
        navigate("login?error=email_not_verified");
        assertThat(form().isError()).isTrue();
        assertThat(shownTexts()).contains("无法用该账号登录", "服务商未验证此邮箱").doesNotContain("邮箱或密码不正确");
    }

    @Test
    void too_many_attempts_say_how_many_minutes_to_wait() {
        navigate("login?error=rate-limited&wait=4");
        assertThat(form().isError()).isTrue();
        assertThat(shownTexts()).contains("尝试次数过多", "请 4 分钟后再试");
    }

    @Test
    void without_an_error_the_form_shows_none() {
        navigate("login");
        assertThat(form().isError()).isFalse();
    }
}
