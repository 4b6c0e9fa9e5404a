package com.ks.platform.identity;

import static com.ks.jooq.Tables.IDENTITY_ACCOUNT;
import static com.ks.jooq.Tables.IDENTITY_RECOVERY_CODE;
import static com.ks.jooq.Tables.IDENTITY_TOTP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ks.platform.KsIntegrationTest;
import com.ks.platform.identity.SecondFactorCheck.Outcome;
import com.ks.platform.shared.PersonalDataCipher;
import com.ks.platform.shared.RuleViolated;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** The staff second factor (OWASP ASVS 5.0 L2 §6.3, RFC 6238 §5.2): enrolment, codes, reuse, recovery codes. */
class SecondFactorsTest extends KsIntegrationTest {

    @Autowired
    SecondFactors factors;

    @Autowired
    AccountService accounts;

    @Autowired
    DSLContext db;

    @Autowired
    PersonalDataCipher cipher;

    private String newAgent() {
        String email = uniqueEmail("mfa-agent");
        actAs("admin@ks.demo");
        accounts.createStaffAccount(
                new NewAccount(email, "客服 二步", "good password 2026", EnumSet.of(Role.CS_AGENT), true));
        actAs(email, false);
        return email;
    }

    private List<String> enrol(String email) {
        TotpEnrolment offer = factors.newAuthenticatorSecret();
        return factors.enrolAuthenticator(offer.secret(), Totp.codeAt(offer.secret(), Instant.now()));
    }

    private String secretOf(String email) {
        return db.select(IDENTITY_TOTP.SECRET)
                .from(IDENTITY_TOTP)
                .join(IDENTITY_ACCOUNT)
                .on(IDENTITY_ACCOUNT.ID.eq(IDENTITY_TOTP.ACCOUNT_ID))
                .where(IDENTITY_ACCOUNT.EMAIL_INDEX.eq(cipher.blindIndex(email)))
                .fetchSingle(IDENTITY_TOTP.SECRET);
    }

    @Test
    void an_app_is_kept_only_when_a_code_proves_it_has_the_secret() {
        String email = newAgent();
        TotpEnrolment offer = factors.newAuthenticatorSecret();
        assertThat(offer.otpauthUri()).startsWith("otpauth://totp/Ks%3A").contains("secret=" + offer.secret());

        assertThatThrownBy(() -> factors.enrolAuthenticator(offer.secret(), "000000"))
                .isInstanceOfSatisfying(
                        RuleViolated.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("mfa.error.wrong"));
        assertThat(factors.mine().authenticatorApp()).isFalse();

        List<String> codes = factors.enrolAuthenticator(offer.secret(), Totp.codeAt(offer.secret(), Instant.now()));

        assertThat(codes).hasSize(10).doesNotHaveDuplicates().allMatch(code -> code.matches("[a-z2-9]{5}-[a-z2-9]{5}"));
        assertThat(factors.mine()).isEqualTo(new SecondFactorStatus(true, 10, 0, true));
        assertThat(db.fetchCount(IDENTITY_RECOVERY_CODE, IDENTITY_RECOVERY_CODE.CODE_HASH.in(codes)))
                .as("only hashes are stored")
                .isZero();
    }

    @Test
    void a_code_is_accepted_once_and_refused_when_typed_again_within_its_window() {
        String email = newAgent();
        enrol(email);
        // the enrolment used the current step: the next code of the app is the one after it
        String next = Totp.codeOfStep(secretOf(email), Totp.stepAt(Instant.now()) + 1);

        assertThat(factors.verifyAuthenticatorCode(next).outcome()).isEqualTo(Outcome.ACCEPTED);
        assertThat(factors.verifyAuthenticatorCode(next).outcome()).isEqualTo(Outcome.REUSED);
    }

    @Test
    void a_wrong_code_is_refused_and_counts_as_a_failed_sign_in() {
        String email = newAgent();
        enrol(email);
        String wrong = Totp.codeOfStep(secretOf(email), Totp.stepAt(Instant.now()) + 5);

        SecondFactorCheck check = factors.verifyAuthenticatorCode(wrong);

        assertThat(check.outcome()).isEqualTo(Outcome.WRONG);
        assertThat(check.messageKey()).isEqualTo("mfa.error.wrong");
        assertThat(db.select(IDENTITY_ACCOUNT.FAILED_LOGINS)
                        .from(IDENTITY_ACCOUNT)
                        .where(IDENTITY_ACCOUNT.EMAIL_INDEX.eq(cipher.blindIndex(email)))
                        .fetchSingle(IDENTITY_ACCOUNT.FAILED_LOGINS))
                .isEqualTo(1);
    }

    @Test
    void a_recovery_code_works_once_and_the_second_use_is_told_apart_from_a_wrong_code() {
        String email = newAgent();
        List<String> codes = enrol(email);

        assertThat(factors.useRecoveryCode(codes.get(3).toUpperCase()).outcome())
                .isEqualTo(Outcome.ACCEPTED);
        assertThat(factors.useRecoveryCode(codes.get(3)).outcome()).isEqualTo(Outcome.REUSED);
        assertThat(factors.useRecoveryCode("aaaaa-aaaaa").outcome()).isEqualTo(Outcome.WRONG);
        assertThat(factors.mine().recoveryCodesLeft()).isEqualTo(9);
    }

    @Test
    void a_staff_sign_in_without_a_proven_factor_is_told_apart_from_a_shopper_and_a_completed_one() {
        newAgent();
        var passwordOnly = SecurityContextHolder.getContext().getAuthentication();

        assertThat(SecondFactors.secondFactorMissing(passwordOnly)).isTrue();
        assertThat(SecondFactors.secondFactorMissing(SecondFactors.withAuthenticatorFactor(passwordOnly)))
                .isFalse();
        actAs("shopper@ks.demo", false);
        assertThat(SecondFactors.secondFactorMissing(
                        SecurityContextHolder.getContext().getAuthentication()))
                .isFalse();
    }
}
