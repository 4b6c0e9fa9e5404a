package com.ks.platform.privacy;

import com.ks.platform.shared.PersonalData;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * This module's part: sign-in records are deleted; privacy requests stay as proof they were handled in time, with the
 * texts the person or the officer wrote replaced, since they may name the person.
 */
@Component
class PrivacyPersonalData implements PersonalData {

    private final SignInRepository signIns;
    private final RequestRepository requests;

    PrivacyPersonalData(SignInRepository signIns, RequestRepository requests) {
        this.signIns = signIns;
        this.requests = requests;
    }

    @Override
    public List<Category> export(UUID accountId) {
        return List.of(
                new Category("signIns", signIns.of(accountId)),
                new Category("privacyRequests", requests.exportOf(accountId)));
    }

    @Override
    public void erase(UUID accountId) {
        signIns.deleteOf(accountId);
        requests.eraseTextsOf(accountId);
    }
}
