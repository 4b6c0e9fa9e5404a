package com.ks.platform.identity;

import com.ks.platform.notification.MailRecipient;
import com.ks.platform.notification.MailRecipients;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Mail goes to the account's sign-in address, in its chosen language (Chinese until it chose one); none if disabled. */
@Component
class AccountMailRecipients implements MailRecipients {

    private final AccountRepository accounts;

    AccountMailRecipients(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<MailRecipient> find(UUID accountId) {
        return accounts.findById(accountId)
                .filter(account -> AccountStatus.ACTIVE.name().equals(account.getStatus()))
                .map(account -> new MailRecipient(
                        account.getEmail(),
                        account.getPreferredLocale() == null
                                ? Locale.SIMPLIFIED_CHINESE
                                : Locale.forLanguageTag(account.getPreferredLocale())));
    }
}
