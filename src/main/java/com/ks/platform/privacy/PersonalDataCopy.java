package com.ks.platform.privacy;

import com.ks.platform.shared.PersonalData.Category;
import java.time.Instant;
import java.util.List;

/** Everything the platform holds about one person at one moment, by category (PIPL art. 45). */
public record PersonalDataCopy(Instant madeAt, String policyVersion, List<Category> categories) {

    public PersonalDataCopy {
        categories = List.copyOf(categories);
    }

    public int total() {
        return categories.stream().mapToInt(c -> c.records().size()).sum();
    }
}
