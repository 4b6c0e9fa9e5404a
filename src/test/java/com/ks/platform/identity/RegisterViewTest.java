package com.ks.platform.identity;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.ks.platform.KaribuTest;
import com.ks.platform.identity.ui.RegisterView;
import com.ks.platform.web.ui.LoginView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class RegisterViewTest extends KaribuTest {

    @Autowired
    AccountQueries accounts;

    @Test
    void wrong_input_is_explained_next_to_each_field_what_was_typed_stays_and_the_button_works_again() {
        navigate("register");
        _setValue(_get(EmailField.class, spec -> spec.withLabel("邮箱")), "shopper@ks.demo");
        _setValue(_get(TextField.class, spec -> spec.withLabel("昵称")), "小明");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("密码")), "password1");
        _click(_get(Button.class, spec -> spec.withText("注册")));

        EmailField email = _get(EmailField.class, spec -> spec.withLabel("邮箱"));
        PasswordField password = _get(PasswordField.class, spec -> spec.withLabel("密码"));
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("该邮箱已注册，请直接登录。");
        assertThat(password.getErrorMessage()).isEqualTo("这个密码太常见或太容易被猜到，请换一个。");
        assertThat(password.getValue()).isEqualTo("password1");
        assertThat(_get(Button.class, spec -> spec.withText("注册")).isEnabled())
                .as("the button, to try again")
                .isTrue();
        _assertOne(RegisterView.class);
    }

    @Test
    void a_complete_registration_leads_to_sign_in_and_the_account_exists() {
        String address = uniqueEmail("view");
        navigate("register");
        _setValue(_get(EmailField.class, spec -> spec.withLabel("邮箱")), address);
        _setValue(_get(TextField.class, spec -> spec.withLabel("昵称")), "新顾客");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("密码")), "花开富贵 2026");
        _setValue(_get(Checkbox.class, spec -> spec.withId("accept-privacy")), true);
        _click(_get(Button.class, spec -> spec.withText("注册")));
        _assertOne(LoginView.class);
        assertThat(accounts.findByEmail(address)).isPresent();
    }
}
