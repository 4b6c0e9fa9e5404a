package com.ks.platform.identity;

import com.ks.platform.shared.CurrentActor;
import com.ks.platform.shared.ModuleHook;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class AccountQueries {

    private final AccountRepository accounts;

    AccountQueries(AccountRepository accounts) {
        this.accounts = accounts;
    }

    /** The signed-in person's account, read fresh from the database. */
    /** The signed-in person's account; empty for visitors (the language preference asks before anyone signs in). */
    @PreAuthorize("permitAll()")
    public Optional<AccountDetails> me() {
        return CurrentActor.get().flatMap(actor -> accounts.findDetails(actor.accountId()));
    }

    @PreAuthorize("isAuthenticated()")
    public Map<ConsentPurpose, Boolean> myConsents() {
        return accounts.currentConsents(CurrentActor.requireAccountId());
    }

    @PreAuthorize(Roles.IS_ADMIN)
    public Map<Role, Integer> countByRole() {
        return accounts.countByRole();
    }

    @PreAuthorize(Roles.IS_ADMIN)
    public int countAccounts(String search) {
        return accounts.count(search);
    }

    @PreAuthorize(Roles.IS_ADMIN)
    public List<AccountDetails> accounts(String search, int offset, int limit) {
        return accounts.page(search, offset, Math.min(limit, 200));
    }

    /** The id of the account with this e-mail address. */
    @ModuleHook
    public Optional<UUID> findByEmail(String email) {
        return accounts.findByEmail(AccountService.normalizeEmail(email)).map(r -> r.getId());
    }

    /** An account as staff see it beside a record of theirs (a ticket, a privacy request, an edit). */
    @PreAuthorize("hasAnyRole('CS_AGENT', 'CS_LEAD', 'COMPLIANCE_OFFICER', 'ADMIN')")
    public Optional<AccountDetails> forStaff(UUID accountId) {
        return accounts.findDetails(accountId);
    }

    /** For other modules that hold an account id of their own records (e.g. a merchant's owner). */
    @ModuleHook
    public Optional<AccountDetails> findById(UUID accountId) {
        return accounts.findDetails(accountId);
    }

    /** The same for many ids at once (a page of rows), keyed by id; ids of no account are missing. */
    @ModuleHook
    public Map<UUID, AccountDetails> findByIds(Collection<UUID> accountIds) {
        return accounts.findDetails(accountIds).stream()
                .collect(Collectors.toMap(AccountDetails::id, Function.identity()));
    }

    /** Module hook: the accounts holding a role, for notices to a whole role (security alerts to admins). */
    @ModuleHook
    public List<UUID> accountIdsWithRole(Role role) {
        return accounts.accountIdsWithRole(role);
    }
}
