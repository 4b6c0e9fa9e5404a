package com.ks.platform.identity;

import com.ks.platform.shared.PersonalData;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Identity's part of a person's data: profile, addresses, consents and linked sign-ins (PIPL arts. 45, 47). */
@Component
class IdentityPersonalData implements PersonalData {

    private final AccountPrivacyRepository records;

    IdentityPersonalData(AccountPrivacyRepository records) {
        this.records = records;
    }

    @Override
    public List<Category> export(UUID accountId) {
        return List.of(
                new Category("profile", records.profile(accountId)),
                new Category("addresses", records.addresses(accountId)),
                new Category("consents", records.consents(accountId)),
                new Category("externalLogins", records.externalLogins(accountId)));
    }

    @Override
    public void erase(UUID accountId) {
        // a fresh random id, not derived from the old address: nothing in the row leads back to the mailbox
        records.erase(accountId, "erased-" + UUID.randomUUID() + "@closed.invalid", ERASED_NAME);
    }
}
