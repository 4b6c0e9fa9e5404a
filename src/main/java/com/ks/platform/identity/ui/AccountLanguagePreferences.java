package com.ks.platform.identity.ui;

import com.ks.platform.identity.AccountDetails;
import com.ks.platform.identity.AccountQueries;
import com.ks.platform.identity.AccountService;
import com.ks.platform.ui.LanguagePreferences;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Keeps the signed-in person's language on their account, so it follows them to other devices. */
@Component
class AccountLanguagePreferences implements LanguagePreferences {

    private final AccountQueries queries;
    private final AccountService accounts;

    AccountLanguagePreferences(AccountQueries queries, AccountService accounts) {
        this.queries = queries;
        this.accounts = accounts;
    }

    @Override
    public Optional<Locale> preferred() {
        return queries.me().map(AccountDetails::preferredLocale);
    }

    @Override
    public void remember(Locale locale) {
        accounts.changeMyLanguage(locale);
    }
}
