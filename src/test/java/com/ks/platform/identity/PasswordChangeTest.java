package com.ks.platform.identity;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.ks.jooq.Tables.IDENTITY_ACCOUNT;
import static com.ks.jooq.Tables.NOTIFICATION_MAIL;
import static com.ks.jooq.Tables.NOTIFICATION_NOTICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ks.platform.KaribuTest;
import com.ks.platform.notification.NoticeKind;
import com.ks.platform.notification.NotificationService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** 账户安全: a signed-in person changes their own password (OWASP ASVS 5.0 §6.2.2–6.2.3). */
class PasswordChangeTest extends KaribuTest {

    @org.springframework.beans.factory.annotation.Autowired
    com.ks.platform.shared.PersonalDataCipher personalDataCipher;

    private static final String OLD = "good password 2026";
    private static final String NEW = "春眠不觉晓 处处闻啼鸟";

    @Autowired
    AccountService accountService;

    @Autowired
    PasswordChanges passwords;

    @Autowired
    NotificationService notifications;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    DSLContext db;

    @Test
    void a_shopper_changes_the_password_and_is_told_by_a_mail_even_with_every_optional_mail_switched_off() {
        String email = TestShoppers.register(accountService, uniqueEmail("pw"));
        signInAs(email);
        for (NoticeKind kind : notifications.myEmailChoices().keySet()) {
            notifications.chooseEmail(kind, false);
        }
        navigate("account/security");

        _setValue(_get(PasswordField.class, spec -> spec.withLabel("当前密码")), OLD);
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("新密码")), NEW);
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("再次输入新密码")), NEW);
        _click(_get(Button.class, spec -> spec.withText("修改密码")));

        String hash = db.select(IDENTITY_ACCOUNT.PASSWORD_HASH)
                .from(IDENTITY_ACCOUNT)
                .where(IDENTITY_ACCOUNT.EMAIL_INDEX.eq(personalDataCipher.blindIndex(email)))
                .fetchOne(IDENTITY_ACCOUNT.PASSWORD_HASH);
        assertThat(encoder.matches(NEW, hash)).isTrue();
        assertThat(encoder.matches(OLD, hash)).isFalse();
        assertThat(_get(PasswordField.class, spec -> spec.withLabel("新密码")).getValue())
                .as("the form is emptied")
                .isEmpty();
        var notice = db.selectFrom(NOTIFICATION_NOTICE)
                .where(NOTIFICATION_NOTICE.MESSAGE_KEY.eq("notice.security.passwordChanged"))
                .and(NOTIFICATION_NOTICE.ACCOUNT_ID.eq(accountIdOf(email)))
                .fetchOne();
        assertThat(notice).as("the security notice").isNotNull();
        assertThat(db.fetchExists(NOTIFICATION_MAIL, NOTIFICATION_MAIL.NOTICE_ID.eq(notice.getId())))
                .as("its e-mail, which is not optional")
                .isTrue();
        assertThat(notifications.myEmailChoices()).doesNotContainKey(NoticeKind.SECURITY);
        assertThatThrownBy(() -> notifications.chooseEmail(NoticeKind.SECURITY, false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_wrong_current_password_changes_nothing_and_counts_as_a_failed_sign_in() {
        String email = TestShoppers.register(accountService, uniqueEmail("pw"));
        signInAs(email);

        Map<String, String> errors = passwords.changeMine("not my password", NEW);

        assertThat(errors).containsEntry(PasswordChanges.CURRENT, "error.password.currentWrong");
        var account = db.selectFrom(IDENTITY_ACCOUNT)
                .where(IDENTITY_ACCOUNT.EMAIL_INDEX.eq(personalDataCipher.blindIndex(email)))
                .fetchOne();
        assertThat(encoder.matches(OLD, account.getPasswordHash())).isTrue();
        assertThat(account.getFailedLogins()).isEqualTo(1);
    }

    @Test
    void a_weak_or_unchanged_new_password_and_a_mistyped_repeat_are_explained_at_their_fields() {
        String email = TestShoppers.register(accountService, uniqueEmail("pw"));
        signInAs(email);

        assertThat(passwords.changeMine(OLD, "12345678")).containsEntry(PasswordChanges.NEW, "error.password.common");
        assertThat(passwords.changeMine(OLD, OLD)).containsEntry(PasswordChanges.NEW, "error.password.unchanged");
        navigate("account/security");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("当前密码")), OLD);
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("新密码")), NEW);
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("再次输入新密码")), NEW + "!");
        _click(_get(Button.class, spec -> spec.withText("修改密码")));

        PasswordField repeat = _get(PasswordField.class, spec -> spec.withLabel("再次输入新密码"));
        assertThat(repeat.isInvalid()).isTrue();
        assertThat(repeat.getErrorMessage()).isEqualTo("两次输入的新密码不一致。");
        String hash = db.select(IDENTITY_ACCOUNT.PASSWORD_HASH)
                .from(IDENTITY_ACCOUNT)
                .where(IDENTITY_ACCOUNT.EMAIL_INDEX.eq(personalDataCipher.blindIndex(email)))
                .fetchOne(IDENTITY_ACCOUNT.PASSWORD_HASH);
        assertThat(encoder.matches(OLD, hash)).as("nothing changed").isTrue();
    }

    private java.util.UUID accountIdOf(String email) {
        return db.select(IDENTITY_ACCOUNT.ID)
                .from(IDENTITY_ACCOUNT)
                .where(IDENTITY_ACCOUNT.EMAIL_INDEX.eq(personalDataCipher.blindIndex(email)))
                .fetchOne(IDENTITY_ACCOUNT.ID);
    }
}
