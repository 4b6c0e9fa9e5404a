package com.ks.platform.identity;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.ks.jooq.Tables.IDENTITY_EMAIL_CHANGE;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.ks.platform.KaribuTest;
import com.ks.platform.identity.ui.ConfirmEmailView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 更换邮箱 (issue 20): the new address must open a one-time, short-lived link before it signs in; the old address is
 * told; replayed and expired links are refused; the answer never tells whether an address has an account.
 */
class EmailChangeTest extends KaribuTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(
                    Integer.parseInt(System.getenv().getOrDefault("KS_TEST_SMTP_PORT", "39251")),
                    "127.0.0.1",
                    ServerSetup.PROTOCOL_SMTP))
            .withPerMethodLifecycle(false);

    private static final Pattern LINK = Pattern.compile("(confirm-email\\?token=[A-Za-z0-9_-]+)");

    @Autowired
    AccountService accountService;

    @Autowired
    AccountQueries accounts;

    @Autowired
    EmailChanges changes;

    @Autowired
    DSLContext db;

    @Test
    void the_address_changes_only_when_the_new_mailbox_opens_the_link_once_and_the_old_one_is_told() throws Exception {
        String old = TestShoppers.register(accountService, uniqueEmail("old"));
        String fresh = uniqueEmail("new");
        signInAs(old);
        navigate("account/security");
        Div card = _get(Div.class, spec -> spec.withId("email-change"));
        _setValue(_get(card, EmailField.class, spec -> spec.withLabel("新邮箱地址")), fresh);
        _setValue(_get(card, PasswordField.class, spec -> spec.withLabel("当前密码（确认更换邮箱）")), "good password 2026");
        _click(_get(card, Button.class, spec -> spec.withText("发送确认链接")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("email-change-sent"))
                        .getText())
                .contains("如果 " + fresh + " 可以使用");
        assertThat(accounts.findByEmail(old)).as("unchanged until confirmed").isPresent();
        assertThat(bodiesTo(old)).singleElement().asString().contains("申请将登录邮箱改为");
        String link = linkIn(bodiesTo(fresh));

        navigate(link);
        _get(ConfirmEmailView.class);
        assertThat(outcome()).isEqualTo("已完成：今后请使用新邮箱登录。");
        assertThat(accounts.findByEmail(fresh)).isPresent();
        assertThat(accounts.findByEmail(old)).isEmpty();
        assertThat(bodiesTo(old)).hasSize(2).last().asString().contains("登录邮箱已改为");

        navigate(link);
        assertThat(outcome()).as("replayed").startsWith("这个确认链接已失效");
        assertThat(accounts.findByEmail(fresh)).isPresent();
    }

    @Test
    void an_expired_or_forged_link_changes_nothing() throws Exception {
        String old = TestShoppers.register(accountService, uniqueEmail("old"));
        String fresh = uniqueEmail("new");
        actAs(old);
        assertThat(changes.requestMine(fresh, "good password 2026")).isEmpty();
        String link = linkIn(bodiesTo(fresh));
        UuidOf account = new UuidOf(accounts.findByEmail(old).orElseThrow());
        db.update(IDENTITY_EMAIL_CHANGE)
                .set(IDENTITY_EMAIL_CHANGE.EXPIRES_AT, Instant.now().minusSeconds(1))
                .where(IDENTITY_EMAIL_CHANGE.ACCOUNT_ID.eq(account.id()))
                .execute();

        assertThat(changes.confirm(link.substring(link.indexOf('=') + 1))).isEqualTo(EmailChanges.Outcome.INVALID);
        assertThat(changes.confirm("A".repeat(43))).isEqualTo(EmailChanges.Outcome.INVALID);
        assertThat(changes.confirm(null)).isEqualTo(EmailChanges.Outcome.INVALID);
        assertThat(accounts.findByEmail(old)).isPresent();
        assertThat(accounts.findByEmail(fresh)).isEmpty();
    }

    @Test
    void an_address_of_another_account_gets_the_same_answer_and_no_link_goes_anywhere() throws Exception {
        String old = TestShoppers.register(accountService, uniqueEmail("old"));
        String taken = TestShoppers.register(accountService, uniqueEmail("taken"));
        actAs(old);

        assertThat(changes.requestMine(taken, "good password 2026")).isEmpty();

        assertThat(bodiesTo(taken)).isEmpty();
        assertThat(accounts.findByEmail(old)).isPresent();
    }

    @Test
    void a_wrong_password_or_a_malformed_or_unchanged_address_is_refused_and_nothing_is_mailed() throws Exception {
        String old = TestShoppers.register(accountService, uniqueEmail("old"));
        String fresh = uniqueEmail("new");
        actAs(old);

        assertThat(changes.requestMine(fresh, "not my password"))
                .isEqualTo(Map.of(EmailChanges.PASSWORD, "error.password.currentWrong"));
        assertThat(changes.requestMine("not-an-address", "good password 2026"))
                .isEqualTo(Map.of(EmailChanges.NEW_EMAIL, "error.email.invalid"));
        assertThat(changes.requestMine(old.toUpperCase(), "good password 2026"))
                .isEqualTo(Map.of(EmailChanges.NEW_EMAIL, "emailChange.error.same"));
        assertThat(bodiesTo(fresh)).isEmpty();
        assertThat(bodiesTo(old)).isEmpty();
    }

    private record UuidOf(java.util.UUID id) {}

    private static String outcome() {
        return _get(Paragraph.class, spec -> spec.withId("email-change-outcome"))
                .getText();
    }

    private static String linkIn(List<String> bodies) {
        assertThat(bodies).hasSize(1);
        Matcher matcher = LINK.matcher(bodies.getFirst());
        assertThat(matcher.find()).as(bodies.getFirst()).isTrue();
        return matcher.group(1);
    }

    private static List<String> bodiesTo(String email) {
        return Arrays.stream(SMTP.getReceivedMessages())
                .filter(message -> recipient(message).equals(email))
                .map(EmailChangeTest::content)
                .toList();
    }

    private static String content(MimeMessage message) {
        try {
            return message.getContent().toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
