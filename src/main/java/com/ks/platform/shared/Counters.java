package com.ks.platform.shared;

import java.util.function.IntSupplier;
import org.jooq.Query;
import org.springframework.dao.DuplicateKeyException;

/** Counter rows (per day, per product, per merchant …) that several transactions may create at the same moment. */
public final class Counters {

    private Counters() {}

    /**
     * Adds to the counter row, creating it with {@code createOrYield} (an insert with {@code onConflictDoNothing()})
     * when it is missing, and adds again if a concurrent transaction created it first. A failed insert would abort the
     * caller's whole transaction on PostgreSQL, so the insert yields instead; H2's emulation of the clause may still
     * raise, which is caught here.
     */
    public static void add(IntSupplier addToExisting, Query createOrYield) {
        if (addToExisting.getAsInt() > 0) {
            return;
        }
        int created;
        try {
            created = createOrYield.execute();
        } catch (DuplicateKeyException concurrentFirst) {
            created = 0;
        }
        if (created == 0) {
            addToExisting.getAsInt();
        }
    }
}
