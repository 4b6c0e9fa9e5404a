package com.ks.platform.identity;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.ks.jooq.Tables.IDENTITY_ACCOUNT;
import static com.ks.jooq.Tables.NOTIFICATION_NOTICE;
import static com.ks.jooq.Tables.SHARED_AUDIT_ENTRY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.ks.platform.KaribuTest;
import com.ks.platform.identity.ui.AccountsView;
import com.ks.platform.shared.RuleViolated;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The admin console administers accounts (issue 20): every command audited, never against oneself, admins only. */
class AccountAdministrationTest extends KaribuTest {

    private static final String PASSWORD = "good password 2026";

    @Autowired
    AccountAdministration administration;

    @Autowired
    AccountService accountService;

    @Autowired
    AccountQueries accountQueries;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    SessionRegistry sessions;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    PasswordResets resets;

    @Autowired
    DSLContext db;

    @Test
    void a_disabled_account_cannot_sign_in_loses_its_sessions_and_is_enabled_again_all_audited() {
        String email = TestShoppers.register(accountService, uniqueEmail("disable"));
        UUID id = idOf(email);
        sessions.registerNewSession("session-" + id, userDetails.loadUserByUsername(email));
        actAs("admin@ks.demo");

        administration.disable(id, "确认的盗号投诉");

        assertThat(userDetails.loadUserByUsername(email).isEnabled()).isFalse();
        assertThat(sessions.getSessionInformation("session-" + id).isExpired()).isTrue();
        assertThat(administration.details(id).status()).isEqualTo(AccountStatus.DISABLED);
        administration.enable(id, "本人已找回账户");
        assertThat(userDetails.loadUserByUsername(email).isEnabled()).isTrue();
        assertThat(auditActionsOf(id)).contains("account.disabled", "account.enabled");
    }

    @Test
    void an_administrator_cannot_disable_demote_or_force_a_reset_of_themself_and_nothing_changes() {
        actAs("admin@ks.demo");
        UUID me = idOf("admin@ks.demo");

        assertThatThrownBy(() -> administration.disable(me, "误操作"))
                .isInstanceOfSatisfying(
                        RuleViolated.class,
                        e -> assertThat(e.messageKey()).isEqualTo("admin.accounts.error.selfDisable"));
        assertThatThrownBy(() -> administration.assignStaffRoles(me, EnumSet.of(Role.CS_AGENT)))
                .isInstanceOfSatisfying(
                        RuleViolated.class,
                        e -> assertThat(e.messageKey()).isEqualTo("admin.accounts.error.selfDemote"));
        assertThatThrownBy(() -> administration.forcePasswordReset(me, "测试")).isInstanceOf(RuleViolated.class);
        assertThat(administration.details(me).status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(administration.details(me).roles()).contains(Role.ADMIN);
    }

    @Test
    void a_forced_reset_stops_the_old_password_and_mails_a_working_reset_link() {
        String email = TestShoppers.register(accountService, uniqueEmail("forced"));
        UUID id = idOf(email);
        actAs("admin@ks.demo");

        administration.forcePasswordReset(id, "撞库风险");

        String hash = db.select(IDENTITY_ACCOUNT.PASSWORD_HASH)
                .from(IDENTITY_ACCOUNT)
                .where(IDENTITY_ACCOUNT.ID.eq(id))
                .fetchOne()
                .value1();
        assertThat(encoder.matches(PASSWORD, hash)).isFalse();
        String link = db.select(NOTIFICATION_NOTICE.LINK)
                .from(NOTIFICATION_NOTICE)
                .where(NOTIFICATION_NOTICE.ACCOUNT_ID.eq(id))
                .and(NOTIFICATION_NOTICE.MESSAGE_KEY.eq("notice.security.resetForced"))
                .fetchOne()
                .value1();
        assertThat(link).startsWith(PasswordResets.ROUTE + "?account=" + id);
        String token = link.substring(link.indexOf("&token=") + "&token=".length());
        long expires = Long.parseLong(link.replaceAll(".*&expires=(\\d+)&.*", "$1"));
        assertThat(resets.isValid(new PasswordResets.ResetLink(id, expires, token)))
                .isTrue();
        assertThat(auditActionsOf(id)).contains("account.passwordResetForced");
    }

    @Test
    void an_administrator_unlocks_an_account_locked_by_guessed_passwords() {
        String email = TestShoppers.register(accountService, uniqueEmail("locked"));
        UUID id = idOf(email);
        db.update(IDENTITY_ACCOUNT)
                .set(IDENTITY_ACCOUNT.FAILED_LOGINS, 10)
                .set(IDENTITY_ACCOUNT.LOCKED_UNTIL, Instant.now().plusSeconds(900))
                .where(IDENTITY_ACCOUNT.ID.eq(id))
                .execute();
        actAs("admin@ks.demo");

        administration.unlock(id);

        assertThat(administration.details(id).lockedAt(Instant.now())).isFalse();
        assertThat(userDetails.loadUserByUsername(email).isAccountNonLocked()).isTrue();
        assertThat(auditActionsOf(id)).contains("account.unlocked");
    }

    @Test
    void staff_roles_are_given_and_taken_and_a_taken_role_ends_the_sessions_at_once() {
        String email = TestShoppers.register(accountService, uniqueEmail("agent"));
        UUID id = idOf(email);
        actAs("admin@ks.demo");

        administration.assignStaffRoles(id, EnumSet.of(Role.CS_AGENT, Role.COMPLIANCE_OFFICER));
        assertThat(accountQueries.findById(id).orElseThrow().roles())
                .containsExactlyInAnyOrder(Role.SHOPPER, Role.CS_AGENT, Role.COMPLIANCE_OFFICER);
        sessions.registerNewSession("session-" + id, userDetails.loadUserByUsername(email));
        administration.assignStaffRoles(id, EnumSet.of(Role.CS_AGENT));

        assertThat(accountQueries.findById(id).orElseThrow().roles())
                .containsExactlyInAnyOrder(Role.SHOPPER, Role.CS_AGENT);
        assertThat(sessions.getSessionInformation("session-" + id).isExpired()).isTrue();
        assertThatThrownBy(() -> administration.assignStaffRoles(id, EnumSet.of(Role.MERCHANT)))
                .isInstanceOf(RuleViolated.class);
        assertThat(auditActionsOf(id)).contains("account.rolesChanged");
    }

    @Test
    void revoking_sessions_ends_every_session_of_that_account_and_no_one_elses() {
        String email = TestShoppers.register(accountService, uniqueEmail("sessions"));
        String other = TestShoppers.register(accountService, uniqueEmail("other"));
        UUID id = idOf(email);
        sessions.registerNewSession("phone-" + id, userDetails.loadUserByUsername(email));
        sessions.registerNewSession("laptop-" + id, userDetails.loadUserByUsername(email));
        sessions.registerNewSession("other-" + id, userDetails.loadUserByUsername(other));
        actAs("admin@ks.demo");

        assertThat(administration.revokeSessions(id)).isEqualTo(2);

        assertThat(sessions.getSessionInformation("phone-" + id).isExpired()).isTrue();
        assertThat(sessions.getSessionInformation("laptop-" + id).isExpired()).isTrue();
        assertThat(sessions.getSessionInformation("other-" + id).isExpired()).isFalse();
    }

    @Test
    void shoppers_and_other_staff_are_refused_every_administration_command() {
        String target = TestShoppers.register(accountService, uniqueEmail("target"));
        UUID id = idOf(target);
        String agent = TestShoppers.register(accountService, uniqueEmail("agent"));
        actAs("admin@ks.demo");
        administration.assignStaffRoles(idOf(agent), EnumSet.of(Role.CS_AGENT, Role.CS_LEAD, Role.COMPLIANCE_OFFICER));

        for (String outsider : new String[] {TestShoppers.register(accountService, uniqueEmail("shopper")), agent}) {
            actAs(outsider);
            assertThatThrownBy(() -> administration.details(id)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> administration.disable(id, "x")).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> administration.enable(id, "x")).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> administration.unlock(id)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> administration.forcePasswordReset(id, "x"))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> administration.revokeSessions(id)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> administration.assignStaffRoles(id, Set.of(Role.ADMIN)))
                    .isInstanceOf(AccessDeniedException.class);
        }
        actAs("admin@ks.demo");
        assertThat(administration.details(id).status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(administration.details(id).roles()).containsExactly(Role.SHOPPER);
    }

    @Test
    void an_administrator_finds_an_account_sees_it_masked_and_disables_it_only_with_a_reason() {
        String email = TestShoppers.register(accountService, uniqueEmail("grid"));
        signInAs("admin@ks.demo");
        navigate("admin/accounts");
        _get(AccountsView.class);
        _setValue(_get(TextField.class, spec -> spec.withPlaceholder("按完整邮箱或手机号查找")), email);
        @SuppressWarnings("unchecked")
        Grid<AccountDetails> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(grid, 0))
                .contains(email.charAt(0) + "***@test.ks", "收**", "正常")
                .doesNotContain(email);

        GridKt._clickItem(grid, 0);
        _click(_get(Button.class, spec -> spec.withText("停用")));
        expectNotifications("请填写原因（不超过 500 字）。");
        assertThat(administration.details(idOf(email)).status()).isEqualTo(AccountStatus.ACTIVE);
        _setValue(_get(TextField.class, spec -> spec.withLabel("原因")), "批量注册的小号");
        _click(_get(Button.class, spec -> spec.withText("停用")));

        expectNotifications("账户已停用，其会话已结束。");
        assertThat(administration.details(idOf(email)).status()).isEqualTo(AccountStatus.DISABLED);
        _get(Button.class, spec -> spec.withText("启用"));
    }

    private UUID idOf(String email) {
        return accountQueries.findByEmail(email).orElseThrow();
    }

    private java.util.List<String> auditActionsOf(UUID accountId) {
        return db.select(SHARED_AUDIT_ENTRY.ACTION)
                .from(SHARED_AUDIT_ENTRY)
                .where(SHARED_AUDIT_ENTRY.OBJECT_TYPE.eq("account"))
                .and(SHARED_AUDIT_ENTRY.OBJECT_ID.eq(accountId.toString()))
                .fetch(r -> r.value1());
    }
}
