package com.ks.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ks.platform.KsIntegrationTest;
import com.ks.platform.shared.RuleViolated;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

class RegistrationTest extends KsIntegrationTest {

    @Autowired
    AccountService accounts;

    @Autowired
    AccountRepository repository;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    DSLContext db;

    @Test
    void a_visitor_registers_as_a_shopper_with_an_argon2_hash_and_recorded_consents_pipl_art_13() {
        String email = uniqueEmail("Reg");
        var id = accounts.registerShopper(new RegisterShopper(email, " 小红 ", "correct horse battery", true, false));

        var account = repository.findDetails(id).orElseThrow();
        assertThat(account.email()).isEqualTo(email.toLowerCase());
        assertThat(account.displayName()).isEqualTo("小红");
        assertThat(account.roles()).containsExactly(Role.SHOPPER);
        var hash = repository.findById(id).orElseThrow().getPasswordHash();
        assertThat(hash).startsWith("{argon2}").doesNotContain("correct horse");
        assertThat(passwordEncoder.matches("correct horse battery", hash)).isTrue();
        assertThat(repository.currentConsents(id))
                .containsEntry(ConsentPurpose.PRIVACY_POLICY, true)
                .containsEntry(ConsentPurpose.PERSONALISATION, false);
        assertThat(userDetails.loadUserByUsername(email.toUpperCase()).getUsername())
                .isEqualTo(email.toLowerCase());
    }

    @Test
    void a_bad_email_a_missing_name_and_no_consent_are_refused_field_by_field_and_nothing_is_stored() {
        String email = "not-an-email";
        assertThatThrownBy(() -> accounts.registerShopper(
                        new RegisterShopper(email, "  ", "correct horse battery", false, true)))
                .isInstanceOfSatisfying(
                        RuleViolated.class,
                        error -> assertThat(error.fieldErrors())
                                .containsExactlyInAnyOrderEntriesOf(Map.of(
                                        "email", "error.email.invalid",
                                        "displayName", "error.displayName.required",
                                        "acceptPrivacyPolicy", "error.privacy.required")));
        assertThat(repository.emailExists(email)).isFalse();
    }

    @Test
    void passwords_follow_asvs_length_and_common_password_rules_without_composition_rules() {
        assertThat(violationFor("short7!")).isEqualTo("error.password.tooShort");
        assertThat(violationFor("x".repeat(129))).isEqualTo("error.password.tooLong");
        assertThat(violationFor("password123")).isEqualTo("error.password.common");
        assertThat(violationFor("Password123"))
                .as("case does not disguise a common password")
                .isEqualTo("error.password.common");
        assertThat(violationFor("12345678")).isEqualTo("error.password.common");
        assertThat(violationFor("abababab")).isEqualTo("error.password.common");
        assertThat(violationFor("woaini1314")).isEqualTo("error.password.common");
        assertThat(violationFor("alllowercaseletters"))
                .as("no composition rules")
                .isNull();
        assertThat(violationFor("我的密码是春天的花")).as("any Unicode characters").isNull();
        assertThat(violationFor("a".repeat(3) + "b" + "c".repeat(60)))
                .as("64 characters are allowed")
                .isNull();
    }

    @Test
    void the_email_local_part_is_refused_as_a_password() {
        String email = uniqueEmail("samepart");
        String localPart = email.substring(0, email.indexOf('@'));
        var errors = accounts.checkRegistration(new RegisterShopper(email, "名字", localPart, true, true));
        assertThat(errors).containsEntry("password", "error.password.common");
    }

    @Test
    void an_email_registered_before_is_refused_whatever_its_case_and_the_first_account_is_unchanged() {
        String email = uniqueEmail("dup");
        var first = accounts.registerShopper(new RegisterShopper(email, "First", "first password ok", true, true));
        assertThatThrownBy(() -> accounts.registerShopper(
                        new RegisterShopper(email.toUpperCase(), "Second", "second password ok", true, true)))
                .isInstanceOfSatisfying(
                        RuleViolated.class,
                        error -> assertThat(error.fieldErrors()).containsEntry("email", "error.email.taken"));
        assertThat(repository.findDetailsByEmail(email).orElseThrow().id()).isEqualTo(first);
        assertThat(repository.findDetailsByEmail(email).orElseThrow().displayName())
                .isEqualTo("First");
    }

    private String violationFor(String password) {
        return accounts.checkRegistration(new RegisterShopper(uniqueEmail("pw"), "名字", password, true, true))
                .get("password");
    }
}
