package com.ks.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.ks.platform.KsIntegrationTest;
import com.ks.platform.shared.Ids;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** jOOQ queries that must behave the same on H2 and PostgreSQL (CI runs this class on both). */
@Transactional
class AccountRepositoryTest extends KsIntegrationTest {

    @Autowired
    AccountRepository repository;

    @Test
    void the_latest_consent_decision_per_purpose_wins() {
        UUID id = newAccount("consent");
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        repository.insertConsent(Ids.newId(), id, ConsentPurpose.PERSONALISATION, "v1", true, t0);
        repository.insertConsent(Ids.newId(), id, ConsentPurpose.PRIVACY_POLICY, "v1", true, t0);
        repository.insertConsent(Ids.newId(), id, ConsentPurpose.PERSONALISATION, "v1", false, t0.plusSeconds(60));
        assertThat(repository.currentConsents(id))
                .containsEntry(ConsentPurpose.PERSONALISATION, false)
                .containsEntry(ConsentPurpose.PRIVACY_POLICY, true);
    }

    @Test
    void searching_accounts_matches_only_a_whole_email_or_a_whole_mobile_through_the_blind_indexes() {
        UUID id = newAccount("exact");
        String email = repository.findById(id).orElseThrow().getEmail();
        assertThat(repository.page(email.toUpperCase(), 0, 10))
                .extracting(AccountDetails::id)
                .containsExactly(id);
        assertThat(repository.count(email.substring(0, email.indexOf('@')))).isZero();
        assertThat(repository.count("%")).isZero();
    }

    @Test
    void failed_logins_lock_the_account_at_the_threshold_and_a_success_resets_them() {
        UUID id = newAccount("lock");
        String email = repository.findById(id).orElseThrow().getEmail();
        Instant until = Instant.now().plusSeconds(900).truncatedTo(ChronoUnit.MILLIS);
        repository.recordFailedLogin(email, 3, until);
        repository.recordFailedLogin(email, 3, until);
        assertThat(repository.findById(id).orElseThrow().getLockedUntil()).isNull();
        repository.recordFailedLogin(email, 3, until);
        assertThat(repository.findById(id).orElseThrow().getLockedUntil()).isEqualTo(until);
        repository.recordSuccessfulLogin(id, Instant.now());
        assertThat(repository.findById(id).orElseThrow().getFailedLogins()).isZero();
        assertThat(repository.findById(id).orElseThrow().getLockedUntil()).isNull();
    }

    @Test
    void roles_are_added_once_and_counted_per_role() {
        UUID id = newAccount("roles");
        repository.addRoles(id, EnumSet.of(Role.SHOPPER, Role.MERCHANT));
        assertThat(repository.rolesOf(id)).containsExactlyInAnyOrder(Role.SHOPPER, Role.MERCHANT);
        assertThat(repository.countByRole().get(Role.MERCHANT)).isPositive();
    }

    @Test
    void an_external_login_maps_issuer_and_subject_to_one_account() {
        UUID id = newAccount("ext");
        repository.link("https://issuer.example", "sub-" + id, id, Instant.now());
        assertThat(repository.findLinkedAccount("https://issuer.example", "sub-" + id))
                .contains(id);
        assertThat(repository.findLinkedAccount("https://other.example", "sub-" + id))
                .isEmpty();
    }

    private UUID newAccount(String prefix) {
        UUID id = Ids.newId();
        repository.insert(id, uniqueEmail(prefix).toLowerCase(), prefix, null, EnumSet.of(Role.SHOPPER), Instant.now());
        return id;
    }
}
