package com.ks.platform.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.ks.platform.KaribuTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** What the storefront's forms say: an error names the field it stands beside, required fields say so up front. */
class FormsTest extends KaribuTest {

    @Test
    void an_empty_name_is_asked_for_by_the_label_of_the_field_it_belongs_to() {
        navigate("register");
        _click(_get(Button.class, spec -> spec.withText("注册")));
        TextField nickname = _get(TextField.class, spec -> spec.withLabel("昵称"));
        assertThat(nickname.getErrorMessage()).isEqualTo("请输入昵称。");

        navigate("merchant-signup");
        _click(_get(Button.class, spec -> spec.withText("提交入驻申请")));
        TextField contact = _get(TextField.class, spec -> spec.withLabel("联系人姓名"));

        assertThat(contact.isInvalid()).isTrue();
        assertThat(contact.getErrorMessage()).isEqualTo("请输入联系人姓名。").doesNotContain("昵称");
    }

    @Test
    void the_registration_fields_are_marked_and_announced_as_required() {
        navigate("register");

        List<com.vaadin.flow.component.HasValue<?, ?>> required = List.of(
                _get(EmailField.class, spec -> spec.withLabel("邮箱")),
                _get(TextField.class, spec -> spec.withLabel("昵称")),
                _get(PasswordField.class, spec -> spec.withLabel("密码")),
                _get(Checkbox.class, spec -> spec.withId("accept-privacy")));
        // the web components turn the required property into aria-required on their inputs
        assertThat(required)
                .allSatisfy(field -> assertThat(((com.vaadin.flow.component.Component) field)
                                .getElement()
                                .getProperty("required", false))
                        .isTrue());
    }

    @Test
    void english_amounts_read_yuan_not_cn_yuan() {
        assertThat(Formats.money(129_900, Locale.ENGLISH)).isEqualTo("¥1,299.00");
        assertThat(Formats.money(129_900, Locale.SIMPLIFIED_CHINESE)).isEqualTo("¥1,299.00");
        assertThat(Formats.money(-500, Locale.ENGLISH)).isEqualTo("-¥5.00");
    }
}
