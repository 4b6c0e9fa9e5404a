package com.ks.platform.shared;

import java.util.Optional;
import java.util.UUID;

/**
 * A reason an account cannot be closed yet, asked of the modules that know it (open orders, an unpaid credit bill);
 * implemented by modules above identity and collected as beans, like {@link PersonalData}.
 */
public interface AccountClosureCheck {

    /** The translation key of the reason this account cannot be closed now; empty when nothing here stands in the way. */
    Optional<String> refusal(UUID accountId);
}
