package com.ks.platform.identity;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.ks.platform.KaribuTest;
import com.ks.platform.identity.ui.TwoFactorView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 两步验证 as staff meet it (issue 20, OWASP ASVS 5.0 L2): the staff surfaces stay closed after the password alone; a
 * member without an authenticator enrols one and goes on; one with it types the code; shoppers are not asked.
 */
class TwoFactorViewTest extends KaribuTest {

    @Autowired
    AccountService accounts;

    private String newMerchantStaffAccount(Role role) {
        String email = uniqueEmail("mfa-view");
        actAs("admin@ks.demo");
        accounts.createStaffAccount(new NewAccount(email, "二步 验证", "good password 2026", EnumSet.of(role), true));
        return email;
    }

    private static Class<?> currentView() {
        var chain = UI.getCurrent().getInternals().getActiveRouterTargetsChain();
        return chain.isEmpty() ? Void.class : chain.get(0).getClass();
    }

    @Test
    void a_compliance_officer_signed_in_with_a_password_alone_enrols_an_authenticator_before_the_console_opens() {
        String email = newMerchantStaffAccount(Role.COMPLIANCE_OFFICER);
        signInAs(email, false);

        navigate("compliance");
        assertThat(currentView()).isEqualTo(TwoFactorView.class);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("account/two-factor?continue=%2Fcompliance");

        String secret = _get(Span.class, spec -> spec.withId("two-factor-secret"))
                .getText()
                .replace(" ", "");
        _setValue(_get(TextField.class, spec -> spec.withId("two-factor-code")), "123 456");
        _click(_get(Button.class, spec -> spec.withText("完成设置")));
        assertThat(_get(TextField.class, spec -> spec.withId("two-factor-code")).getErrorMessage())
                .startsWith("验证码不正确");

        _setValue(_get(TextField.class, spec -> spec.withId("two-factor-code")), Totp.codeAt(secret, Instant.now()));
        _click(_get(Button.class, spec -> spec.withText("完成设置")));

        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("two-factor-recovery-codes"))
                        .getElement()
                        .getTextRecursively())
                .contains("只显示这一次");
        navigate("compliance");
        assertThat(currentView()).isNotEqualTo(TwoFactorView.class);
    }

    @Test
    void an_enrolled_staff_member_types_the_code_and_a_reused_one_is_refused_with_a_clear_message() {
        String email = newMerchantStaffAccount(Role.CS_AGENT);
        signInAs(email, false);
        navigate("workbench");
        String secret = _get(Span.class, spec -> spec.withId("two-factor-secret"))
                .getText()
                .replace(" ", "");
        String enrolCode = Totp.codeAt(secret, Instant.now());
        _setValue(_get(TextField.class, spec -> spec.withId("two-factor-code")), enrolCode);
        _click(_get(Button.class, spec -> spec.withText("完成设置")));

        // the next sign-in: password alone, then the code
        signInAs(email, false);
        navigate("workbench");
        assertThat(currentView()).isEqualTo(TwoFactorView.class);
        _setValue(_get(TextField.class, spec -> spec.withId("two-factor-code")), enrolCode);
        _click(_get(Button.class, spec -> spec.withId("two-factor-verify")));
        assertThat(_get(TextField.class, spec -> spec.withId("two-factor-code")).getErrorMessage())
                .startsWith("这个验证码刚刚已经用过了");

        long next = Totp.stepAt(Instant.now()) + 1;
        _setValue(_get(TextField.class, spec -> spec.withId("two-factor-code")), Totp.codeOfStep(secret, next));
        _click(_get(Button.class, spec -> spec.withId("two-factor-verify")));
        navigate("workbench");
        assertThat(currentView()).isNotEqualTo(TwoFactorView.class);
    }

    @Test
    void a_shopper_is_not_asked_for_a_second_factor() {
        signInAs("shopper@ks.demo", false);

        navigate("orders");

        assertThat(currentView()).isNotEqualTo(TwoFactorView.class);
    }
}
