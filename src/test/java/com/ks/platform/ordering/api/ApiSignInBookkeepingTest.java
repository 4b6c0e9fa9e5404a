package com.ks.platform.ordering.api;

import static com.ks.jooq.Tables.IDENTITY_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** API calls authenticate with a bearer token each time; they are not sign-ins and leave the account row alone. */
class ApiSignInBookkeepingTest extends OrderApiTestSupport {

    @org.springframework.beans.factory.annotation.Autowired
    com.ks.platform.shared.PersonalDataCipher personalDataCipher;

    @Autowired
    DSLContext db;

    @Test
    void bearer_token_calls_do_not_rewrite_the_accounts_last_sign_in() throws Exception {
        ApiShopper shopper = newApiShopper();
        Instant signedIn = Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        db.update(IDENTITY_ACCOUNT)
                .set(IDENTITY_ACCOUNT.LAST_LOGIN_AT, signedIn)
                .where(IDENTITY_ACCOUNT.EMAIL_INDEX.eq(personalDataCipher.blindIndex(shopper.email())))
                .execute();

        var first = call("GET", "/api/v1/orders", shopper.token(), null);
        var second = call("GET", "/api/v1/orders", shopper.token(), null);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(db.select(IDENTITY_ACCOUNT.LAST_LOGIN_AT)
                        .from(IDENTITY_ACCOUNT)
                        .where(IDENTITY_ACCOUNT.EMAIL_INDEX.eq(personalDataCipher.blindIndex(shopper.email())))
                        .fetchSingle()
                        .value1())
                .isEqualTo(signedIn);
    }
}
