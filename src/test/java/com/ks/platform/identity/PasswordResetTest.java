package com.ks.platform.identity;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.ks.jooq.Tables.IDENTITY_ACCOUNT;
import static com.ks.jooq.Tables.NOTIFICATION_NOTICE;
import static org.assertj.core.api.Assertions.assertThat;

import com.ks.platform.KaribuTest;
import com.ks.platform.identity.ui.ResetPasswordView;
import com.ks.platform.web.ui.LoginView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** 忘记密码: a one-time, short-lived link by e-mail, and no answer that tells whether an address has an account. */
class PasswordResetTest extends KaribuTest {

    @org.springframework.beans.factory.annotation.Autowired
    com.ks.platform.shared.PersonalDataCipher personalDataCipher;

    private static final String NEW = "床前明月光 疑是地上霜";

    @Autowired
    AccountService accountService;

    @Autowired
    PasswordResets resets;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    DSLContext db;

    @Test
    void the_mailed_link_sets_a_new_password_once_and_then_no_longer_works() {
        String email = TestShoppers.register(accountService, uniqueEmail("reset"));
        navigate("forgot-password");
        _setValue(_get(EmailField.class, spec -> spec.withLabel("邮箱")), email.toUpperCase());
        _click(_get(Button.class, spec -> spec.withText("发送重置链接")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("reset-sent")).getText())
                .contains("如果该邮箱已注册");

        String link = resetLinksOf(email).getFirst();
        navigate(link);
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("新密码")), NEW);
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("再次输入新密码")), NEW);
        _click(_get(Button.class, spec -> spec.withText("保存新密码")));

        _get(LoginView.class);
        assertThat(encoder.matches(NEW, hashOf(email))).isTrue();
        navigate(link);
        _get(ResetPasswordView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("reset-invalid")).getText())
                .isEqualTo("这个重置链接已失效（已使用、已过期或不完整）。");
    }

    @Test
    void an_unknown_address_gets_the_same_answer_and_no_mail_goes_anywhere() {
        int before = db.fetchCount(NOTIFICATION_NOTICE);
        navigate("forgot-password");
        _setValue(_get(EmailField.class, spec -> spec.withLabel("邮箱")), uniqueEmail("nobody"));
        _click(_get(Button.class, spec -> spec.withText("发送重置链接")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("reset-sent")).getText())
                .contains("如果该邮箱已注册");
        assertThat(db.fetchCount(NOTIFICATION_NOTICE)).isEqualTo(before);
    }

    @Test
    void expired_forged_and_too_long_lived_links_are_refused_and_change_nothing() {
        String email = TestShoppers.register(accountService, uniqueEmail("reset"));
        UUID account = accountIdOf(email);
        String hash = hashOf(email);
        Instant now = Instant.now();

        var expired = resets.linkFor(account, hash, now.minusSeconds(1));
        var forged = new PasswordResets.ResetLink(account, now.plusSeconds(600).getEpochSecond(), "A".repeat(43));
        var tooLong = resets.linkFor(account, hash, now.plusSeconds(24 * 3600));

        for (var link : List.of(expired, forged, tooLong)) {
            assertThat(resets.isValid(link)).isFalse();
            assertThat(resets.reset(link, NEW)).containsEntry("link", "error.reset.invalid");
        }
        assertThat(hashOf(email)).isEqualTo(hash);
    }

    @Test
    void a_weak_password_is_refused_the_link_stays_good_and_a_reset_unlocks_a_locked_account() {
        String email = TestShoppers.register(accountService, uniqueEmail("reset"));
        db.update(IDENTITY_ACCOUNT)
                .set(IDENTITY_ACCOUNT.FAILED_LOGINS, 10)
                .set(IDENTITY_ACCOUNT.LOCKED_UNTIL, Instant.now().plusSeconds(900))
                .where(IDENTITY_ACCOUNT.EMAIL_INDEX.eq(personalDataCipher.blindIndex(email)))
                .execute();
        var link =
                resets.linkFor(accountIdOf(email), hashOf(email), Instant.now().plusSeconds(600));

        assertThat(resets.reset(link, "12345678")).containsEntry(PasswordChanges.NEW, "error.password.common");
        assertThat(resets.isValid(link)).isTrue();
        assertThat(resets.reset(link, NEW)).isEmpty();

        var account = db.selectFrom(IDENTITY_ACCOUNT)
                .where(IDENTITY_ACCOUNT.EMAIL_INDEX.eq(personalDataCipher.blindIndex(email)))
                .fetchOne();
        assertThat(account.getLockedUntil()).isNull();
        assertThat(account.getFailedLogins()).isZero();
    }

    @Test
    void at_most_three_reset_mails_an_hour_reach_one_account() {
        String email = TestShoppers.register(accountService, uniqueEmail("reset"));

        for (int i = 0; i < 5; i++) {
            resets.request(email);
        }

        assertThat(resetLinksOf(email)).hasSize(PasswordResets.MAX_MAILS_PER_HOUR);
    }

    private List<String> resetLinksOf(String email) {
        return db.select(NOTIFICATION_NOTICE.LINK)
                .from(NOTIFICATION_NOTICE)
                .where(NOTIFICATION_NOTICE.ACCOUNT_ID.eq(accountIdOf(email)))
                .and(NOTIFICATION_NOTICE.MESSAGE_KEY.eq("notice.security.resetRequested"))
                .fetch(NOTIFICATION_NOTICE.LINK);
    }

    private String hashOf(String email) {
        return db.select(IDENTITY_ACCOUNT.PASSWORD_HASH)
                .from(IDENTITY_ACCOUNT)
                .where(IDENTITY_ACCOUNT.EMAIL_INDEX.eq(personalDataCipher.blindIndex(email)))
                .fetchOne(IDENTITY_ACCOUNT.PASSWORD_HASH);
    }

    private UUID accountIdOf(String email) {
        return db.select(IDENTITY_ACCOUNT.ID)
                .from(IDENTITY_ACCOUNT)
                .where(IDENTITY_ACCOUNT.EMAIL_INDEX.eq(personalDataCipher.blindIndex(email)))
                .fetchOne(IDENTITY_ACCOUNT.ID);
    }
}
