package com.ks.platform.identity;

import static com.ks.jooq.Tables.IDENTITY_ACCOUNT;
import static com.ks.jooq.Tables.IDENTITY_ACCOUNT_ROLE;
import static com.ks.jooq.Tables.SHARED_AUDIT_ENTRY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ks.platform.KsIntegrationTest;
import com.ks.platform.shared.RuleViolated;
import java.util.EnumSet;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The first administrator of a platform without one, from the operator's environment (issue 20). */
class FirstAdministratorTest extends KsIntegrationTest {

    @org.springframework.beans.factory.annotation.Autowired
    com.ks.platform.shared.PersonalDataCipher personalDataCipher;

    @Autowired
    AccountService accounts;

    @Autowired
    DSLContext db;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void with_an_administrator_present_the_bootstrap_is_inert_and_creates_nobody() {
        String email = uniqueEmail("boot");

        var created = accounts.bootstrapAdministrator(admin(email, "a long enough secret 2026"));

        assertThat(created).isEmpty();
        assertThat(db.fetchExists(
                        IDENTITY_ACCOUNT, IDENTITY_ACCOUNT.EMAIL_INDEX.eq(personalDataCipher.blindIndex(email))))
                .isFalse();
    }

    @Test
    void on_a_platform_without_administrators_it_creates_one_audited_and_refuses_a_weak_password() {
        String email = uniqueEmail("boot");
        // a platform without administrators, for the length of this transaction only (rolled back)
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            db.deleteFrom(IDENTITY_ACCOUNT_ROLE)
                    .where(IDENTITY_ACCOUNT_ROLE.ROLE_NAME.eq(Role.ADMIN.name()))
                    .execute();

            assertThatThrownBy(() -> accounts.bootstrapAdministrator(admin(email, "password")))
                    .isInstanceOf(RuleViolated.class);
            var created = accounts.bootstrapAdministrator(admin(email, "a long enough secret 2026"));

            assertThat(created).isPresent();
            assertThat(db.fetchExists(
                            IDENTITY_ACCOUNT_ROLE,
                            IDENTITY_ACCOUNT_ROLE.ACCOUNT_ID.eq(created.get()),
                            IDENTITY_ACCOUNT_ROLE.ROLE_NAME.eq(Role.ADMIN.name())))
                    .isTrue();
            assertThat(db.fetchExists(
                            SHARED_AUDIT_ENTRY,
                            SHARED_AUDIT_ENTRY.ACTION.eq("account.adminBootstrapped"),
                            SHARED_AUDIT_ENTRY.OBJECT_ID.eq(created.get().toString())))
                    .isTrue();
            assertThat(accounts.bootstrapAdministrator(admin(uniqueEmail("boot"), "another long secret 2026")))
                    .as("inert once an administrator exists")
                    .isEmpty();
            tx.setRollbackOnly();
        });
    }

    private static NewAccount admin(String email, String password) {
        return new NewAccount(email, "首位管理员", password, EnumSet.of(Role.ADMIN), true);
    }
}
