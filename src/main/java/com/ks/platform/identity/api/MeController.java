package com.ks.platform.identity.api;

import com.ks.platform.identity.AccountDetails;
import com.ks.platform.identity.AccountQueries;
import com.ks.platform.identity.Role;
import com.ks.platform.shared.NotFound;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
class MeController {

    private final AccountQueries accounts;

    MeController(AccountQueries accounts) {
        this.accounts = accounts;
    }

    /** The account the bearer token acts as. */
    @GetMapping("/me")
    Me me() {
        AccountDetails account = accounts.me().orElseThrow(() -> new NotFound("error.account.notFound"));
        return new Me(
                account.id(),
                account.email(),
                account.displayName(),
                account.roles().stream().map(Role::name).sorted().toList(),
                account.preferredLocale() == null
                        ? null
                        : account.preferredLocale().toLanguageTag());
    }

    record Me(UUID id, String email, String displayName, List<String> roles, String locale) {}
}
