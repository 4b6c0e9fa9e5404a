package com.ks.platform.shared;

import java.util.Map;

/**
 * A business rule refused the command. {@link #fieldErrors()} maps form fields to message keys, so a form can show
 * each message next to its field.
 */
public class RuleViolated extends DomainException {

    private final Map<String, String> fieldErrors;

    public RuleViolated(String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.fieldErrors = Map.of();
    }

    public RuleViolated(Map<String, String> fieldErrors) {
        super("error.validation");
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
