package com.ks.platform.catalog;

import com.ks.platform.shared.RuleViolated;
import java.util.List;

/** A CSV import with at least one bad row: nothing was stored, every problem found is listed. */
public class CsvImportRefused extends RuleViolated {

    private final transient List<CsvRowError> errors;

    CsvImportRefused(List<CsvRowError> errors) {
        super("error.csv.refused", errors.size());
        this.errors = List.copyOf(errors);
    }

    public List<CsvRowError> errors() {
        return errors;
    }
}
