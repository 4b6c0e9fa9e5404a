package com.ks.platform.identity;

import com.ks.platform.shared.DatabaseStartUp;
import com.ks.platform.shared.PersonalDataMasks;
import com.ks.platform.shared.RuleViolated;
import java.util.EnumSet;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A production platform starts without demo data, and nobody could sign in as staff: the operator names the first
 * administrator in the environment ({@code KS_BOOTSTRAP_ADMIN_EMAIL}, {@code KS_BOOTSTRAP_ADMIN_PASSWORD}, optionally
 * {@code KS_BOOTSTRAP_ADMIN_NAME}) for one start. A weak or malformed value stops the start with the reason; once an
 * administrator exists the variables are ignored (and the log says to remove them).
 */
@Component
@Order(0)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final AccountService accounts;
    private final String email;
    private final String password;
    private final String name;

    FirstAdministrator(
            AccountService accounts,
            @Value("${ks.bootstrap.admin.email:}") String email,
            @Value("${ks.bootstrap.admin.password:}") String password,
            @Value("${ks.bootstrap.admin.name:平台管理员}") String name) {
        this.accounts = accounts;
        this.email = email;
        this.password = password;
        this.name = name;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (email.isBlank()) {
            return;
        }
        var created = new java.util.concurrent.atomic.AtomicReference<Optional<java.util.UUID>>();
        try {
            DatabaseStartUp.whenDatabaseAnswers(
                    "first administrator",
                    () -> created.set(accounts.bootstrapAdministrator(
                            new NewAccount(email, name, password, EnumSet.of(Role.ADMIN), true))));
        } catch (RuleViolated refused) {
            throw new IllegalStateException("KS_BOOTSTRAP_ADMIN_* refused: " + refused.fieldErrors()
                    + " (a password needs 8–128 characters and must not be common or the e-mail address)");
        }
        if (created.get().isPresent()) {
            // masked: no personal data in logs (PIPL art. 51)
            log.info(
                    "First administrator {} created; remove KS_BOOTSTRAP_ADMIN_* from the environment now",
                    PersonalDataMasks.email(email));
        } else {
            log.warn("KS_BOOTSTRAP_ADMIN_* ignored: an administrator exists already; remove the variables");
        }
    }
}
