package com.ks.platform.privacy;

import static com.ks.jooq.Tables.ENGAGEMENT_EVENT;
import static com.ks.jooq.Tables.PRIVACY_SIGN_IN;
import static org.assertj.core.api.Assertions.assertThat;

import com.ks.platform.KsIntegrationTest;
import com.ks.platform.shared.FreeTexts;
import com.ks.platform.shared.Ids;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Retention: behaviour events and sign-in records older than their configured periods are purged by the job. */
class RetentionTest extends KsIntegrationTest {

    @org.springframework.beans.factory.annotation.Autowired
    com.ks.platform.shared.PersonalDataCipher personalDataCipher;

    @Autowired
    RetentionJob job;

    @Autowired
    DSLContext db;

    @Test
    void records_older_than_their_period_are_purged_and_younger_ones_stay() {
        Instant now = Instant.now();
        UUID oldEvent = event(now.minus(Duration.ofDays(181)));
        UUID newEvent = event(now.minus(Duration.ofDays(179)));
        UUID demoShopper = db.select(com.ks.jooq.Tables.IDENTITY_ACCOUNT.ID)
                .from(com.ks.jooq.Tables.IDENTITY_ACCOUNT)
                .where(com.ks.jooq.Tables.IDENTITY_ACCOUNT.EMAIL_INDEX.eq(
                        personalDataCipher.blindIndex("shopper@ks.demo")))
                .fetchOne(com.ks.jooq.Tables.IDENTITY_ACCOUNT.ID);
        UUID oldSignIn = signIn(demoShopper, now.minus(Duration.ofDays(91)));
        UUID newSignIn = signIn(demoShopper, now.minus(Duration.ofDays(89)));

        var purged = job.purge();

        assertThat(purged).containsKeys("behaviour-events", "sign-in-records");
        assertThat(db.fetchExists(ENGAGEMENT_EVENT, ENGAGEMENT_EVENT.ID.eq(oldEvent)))
                .isFalse();
        assertThat(db.fetchExists(ENGAGEMENT_EVENT, ENGAGEMENT_EVENT.ID.eq(newEvent)))
                .isTrue();
        assertThat(db.fetchExists(PRIVACY_SIGN_IN, PRIVACY_SIGN_IN.ID.eq(oldSignIn)))
                .isFalse();
        assertThat(db.fetchExists(PRIVACY_SIGN_IN, PRIVACY_SIGN_IN.ID.eq(newSignIn)))
                .isTrue();
    }

    @Test
    void texts_that_stay_after_erasure_lose_the_contact_details_typed_into_them() {
        assertThat(FreeTexts.deidentify("有问题请打 139 1234 5678 或写信 wang.xm@example.com，谢谢"))
                .isEqualTo("有问题请打 *** 或写信 ***，谢谢");
        assertThat(FreeTexts.deidentify("尺码 42 合适，5 星")).isEqualTo("尺码 42 合适，5 星");
    }

    private UUID event(Instant at) {
        UUID id = Ids.newId();
        db.insertInto(ENGAGEMENT_EVENT)
                .set(ENGAGEMENT_EVENT.ID, id)
                .set(ENGAGEMENT_EVENT.OCCURRED_AT, at)
                .set(ENGAGEMENT_EVENT.EVENT_TYPE, "SEARCH")
                .set(ENGAGEMENT_EVENT.SEARCH_QUERY, "保留期测试")
                .execute();
        return id;
    }

    private UUID signIn(UUID accountId, Instant at) {
        UUID id = Ids.newId();
        db.insertInto(PRIVACY_SIGN_IN)
                .set(PRIVACY_SIGN_IN.ID, id)
                .set(PRIVACY_SIGN_IN.ACCOUNT_ID, accountId)
                .set(PRIVACY_SIGN_IN.SIGNED_IN_AT, at)
                .execute();
        return id;
    }
}
