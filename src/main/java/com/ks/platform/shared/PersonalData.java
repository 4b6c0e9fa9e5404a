package com.ks.platform.shared;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One module's part of what the platform holds about a person. Every module that keeps personal data implements it;
 * the privacy module (low in the module map) collects the implementations as beans, so it never calls a module above
 * it. Used for the copy a person downloads (PIPL art. 45) and for erasure when an account is closed (art. 47).
 */
public interface PersonalData {

    /** What an erased person is called where a name must still stand (old orders, reviews, tickets). */
    String ERASED_NAME = "已注销用户";

    /** The categories this module holds for the account, each with its records (column → value); may be empty. */
    List<Category> export(UUID accountId);

    /**
     * Erases or irreversibly de-identifies this account's personal data. Records a law requires to keep (orders and
     * ledger entries, E-Commerce Law art. 31) stay, without anything that points to the person beyond the account id of
     * a de-identified account. Runs inside the erasing transaction: a failure leaves everything as it was.
     */
    void erase(UUID accountId);

    /** A category of personal data: its name (a translation key suffix, {@code pipl.category.<name>}) and records. */
    record Category(String name, List<Map<String, Object>> records) {

        public Category {
            records = List.copyOf(records);
        }
    }
}
